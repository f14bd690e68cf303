"""An interview's `question` and `extra`, typed as notes to oneself, read for what the writer would say to the
interviewer: a real question, something to ask, follow up on, send or tell, and the remarks to oneself that
are never said ("..., should mention", "- they said maybe feb", "i kinda fumbled it"). What cannot be said well
is left out of the draft, and asked about (`needs`), rather than forced into a sentence.

The word lists are data a writer can edit: data/words/grammar.toml (self_remark_starts, self_reminders, ...).
"""

import re
from dataclasses import dataclass

from thankful.domain import data
from thankful.writing import lexicon
from thankful.writing.lazy import lazy_regex

from . import grammar as g

_WORDS = data.toml("words/grammar.toml")


def _phrases(name: str) -> lazy_regex:
    """A list of typed phrases as one pattern, longest first, matching at the start of a text (compiled when
    first used: only interview notes use them)."""
    found = sorted(_WORDS[name], key=len, reverse=True)
    return lazy_regex(r"^(?:" + "|".join(re.escape(f).replace("'", "['’]?") for f in found) + r")\b[\s,:]*", re.I)


REMARK = _phrases("self_remark_starts")
TELL_REMARK = lazy_regex(r"^(?:should|need to|must|want to|gotta)\s+(?:mention|say|add|bring up|tell them)\s+(?:that\s+)?", re.I)
REMINDER = _phrases("self_reminders")
FOLLOW = _phrases("self_follow_frames")
TELL = _phrases("self_tell_frames")
ASK = _phrases("self_ask_frames")
SEND_VERBS = frozenset(_WORDS["self_send_verbs"].split())
FILLERS = lazy_regex(r"\b(?:" + "|".join(_WORDS["self_fillers"].split()) + r")\s+", re.I)
HIRING_STEPS = frozenset(_WORDS["hiring_steps"].split())
FIELD_PARTICIPLES = frozenset(_WORDS["field_participles"].split())  # "distributed systems": read in forms._strength_clause
MASS_ENDINGS = tuple(_WORDS["mass_endings"].split())
ASKING = lazy_regex(r"^(?P<who>[\w.'’-]+)\s+(?:" + "|".join(
    re.escape(f) for f in sorted(_WORDS["asking_frames"], key=len, reverse=True)) + r")\s+(?P<what>.+)$", re.I)
# Where a remark to oneself is typed after what is meant: a comma, a dash, a bracket.
# "i didnt get to show the accessibility audit, link it": what was not shown, and a note to send it
UNSHOWN = lazy_regex(r"^(?:i\s+)?(?:didn'?t|did not|never|couldn'?t)\s+(?:get to\s+)?(?:show|share|present|walk through)"
                     r"\s+(?:them\s+|you\s+|him\s+|her\s+)?(.+?),?\s+(?:link|send|attach|share|forward)\s+(?:it|them|the link)\s*$",
                     re.I)
DONE_THING = lazy_regex(r"^(.+?)\s+(passed|finished|completed|done|earned|submitted|published)\b(.*)$", re.I)
TAIL = lazy_regex(r"\s*(?:,|;|[?!]+\s|\s[-–—]+\s|\s?\()\s*|\s(?=(?:they|he|she) (?:asked|said|mentioned|wanted)\b)", re.I)
SOMEONE_SAID = lazy_regex(r"^[A-Za-z]+ (?:said|says|mentioned|thinks|thought|told me)\b", re.I)
SENT_TO = lazy_regex(r"^(?:them|him|her|you|over|along)\s+(?=\S)", re.I)
POINTS_BACK = lazy_regex(r"\b(?:it|that|this|them)\b", re.I)  # "i looked it up after": "it" is the fumble
GUESS_AFTER = lazy_regex(r",\s*(?:maybe\s+|prob\s+|probably\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|"
                         r"january|february|march|april|june|july|august|september|october|november|december|"
                         r"next week|next month|soon)\W*$", re.I)  # a guess typed after the question
MY_SUBJECTS = frozenset("i im i'm ive i've id i'd we were we're weve we've".split())  # "im taking a course", typed
I_BLANKED = lazy_regex(r"(?:\bi |^)(?:totally |completely |kind of |sort of )?(?:blanked|froze|fumbled|rambled|choked|bombed)\b",
                       re.I)  # "you asked about kafka and i blanked": how it went, never told to them
ASK_AFTER_DASH = lazy_regex(r"\s[-–—]\s+((?:ask|find out|check)\b.*)$", re.I)
FOR_SOMEONE_ELSE = lazy_regex(r",?\s+for my (?:roommate|friend|sister|brother|cousin|partner|husband|wife|mom|dad|son|"
                              r"daughter|boyfriend|girlfriend)\W*$", re.I)  # "ask if they hire juniors too, for my roommate"
GUESSED = lazy_regex(r"\b(?:i think|i guess|maybe|i hope|not sure|idk|i don'?t know|dunno)\W*$|^(?:mention|say|bring up|talk about)\b.*\?\s*$",
                     re.I)  # "they liked my risotto i think??", "mention moot court win? idk": unsure, to oneself
DID_THEY_SAY = lazy_regex(r"^did (?:they|he|she|you|we) (?:say|mention|tell me)\b", re.I)
YOU_SAID = lazy_regex(r"^(?:you|they|he|she) said\b", re.I)  # "you said maybe feb start? confirm": to oneself
SELF_DOUBT = lazy_regex(r"^(?:(?:idk|i don't know|i dont know|not sure|dunno) (?:if|whether) i\b|i (?:totally |completely |kind of |sort of )?(?:rambled|fumbled|blanked|messed|bombed|spilled|dropped|tripped|"
                        r"choked|froze|botched|flubbed|burned|burnt|broke|overcooked|undercooked|forgot|panicked|stumbled|"
                        r"mixed up|mispronounced|misspelled|was late|was nervous|cried)|(?:they|he|she) (?:said|asked|seemed|mentioned))\b", re.I)
PEOPLE = frozenset("i they he she we".split())
SMALL_NUMBERS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
                 "8": "eight", "9": "nine"}
# "2 years", "6 yrs": a small count of time in a letter is written out ("two years")
NUMBERED = lazy_regex(r"\b(?:level|grade|step|phase|round|chapter|tier|part|version|class|room|no\.?|number|#)\s*$",
                      re.I)
COUNT_OF_TIME = lazy_regex(r"(?<![\d.,$])\b([1-9])\s+(years?|months?|weeks?|days?|semesters?|summers?|(?=[a-z]{3,}\b)"
                           r"(?!(?:percent|am|pm|min|mins|hrs|hours|kg|lbs|miles|km)\b))")  # "ran 3 leagues": three


@dataclass(frozen=True)
class Said:
    """How a note to oneself is said: `how` names the shape (a template family), `text` the words it frames;
    `how` is "" when it cannot be said well and is asked about instead."""

    how: str
    text: str = ""


def without_remarks(text: str) -> str:
    """'I have used Relativity for 2 years, should mention' -> 'I have used Relativity for 2 years'; 'follow up
    on start date - they said maybe feb' -> 'follow up on start date'. A tail that only continues the thought
    ('..., which cut refresh times in half') is kept."""
    text = text.strip().rstrip("?!.")
    for m in TAIL.finditer(text):
        tail = text[m.end():]
        head = text[: m.start()].strip()
        said = TELL_REMARK.match(tail)
        told = tail[said.end():].strip() if said else ""
        if told and (g.shape(told, "np") == "clause" or g.first_word(told) in MY_SUBJECTS) \
                and REMARK.match(without_fillers(head)) and not POINTS_BACK.search(told):
            return told  # "i kinda fumbled the sql question, should mention im taking a course" (not "a better answer")
        if m.group(0).strip().startswith(("(", "?")) or REMARK.match(tail) or SOMEONE_SAID.match(tail):
            return head  # "- maria said maybe jan", "relocation?? they kind of hinted": said to oneself
    return text


WENT = lazy_regex(r"^(?:i think\s+)?(?:the\s+|my\s+)?[\w\s-]{0,30}?\b(?:went|go|goes|was|felt)\s+(?:ok(?:ay)?|well|fine|"
                  r"alright|all right|good|great|badly|bad|rough|meh|so-so|pretty)\b", re.I)


def how_it_went(text: str) -> bool:
    """'the tasting went ok i think', 'interview felt rough': a remark on how it went, never said to them."""
    return bool(WENT.match(text.strip()))


def without_fillers(text: str) -> str:
    """'I actually have used Relativity' -> 'I have used Relativity': fillers typed to oneself."""
    return FILLERS.sub("", text)


def counts_in_words(text: str) -> str:
    """'for 2 years' -> 'for two years', 'ran 3 leagues' -> 'ran three leagues': a letter writes small counts
    out; a number that names something ('level 2', 'grade 3') is kept."""
    return COUNT_OF_TIME.sub(lambda m: m.group(0) if NUMBERED.search(text, 0, m.start())
                             else f"{SMALL_NUMBERS[m.group(1)]} {m.group(2)}", text)


NAMED_AFTER_DASH = lazy_regex(r"^(.+?)\s+[-–—]\s+(.+)$")


def read_extra(extra: str) -> Said:
    """What the writer did not get to say, as they would say it: 'send' (something to send), 'follow' (something
    to follow up on), 'ask' (a question typed here), 'tell' (said as it is); '' for an instruction to oneself the
    note cannot carry ('print the resume')."""
    asked = ASK_AFTER_DASH.search(extra)
    if asked:  # "relocation to munich - ask about visa support": what to ask, typed after what it is about
        return Said("ask", asked.group(1))
    unshown = UNSHOWN.match(extra.strip())
    if unshown:  # "i didnt get to show the accessibility audit, link it": an offer to send it
        return Said("send", the_thing(unshown.group(1)))
    text = _plain(extra)
    if not text or SELF_DOUBT.match(text) or how_it_went(text) or YOU_SAID.match(text) or I_BLANKED.search(text) \
            or GUESSED.search(extra) or g.first_word(text) in ("he", "she", "they"):  # "he let me do a stage": of them
        return Said("")  # "i totally blanked on the redis part lol", "they liked my risotto i think??": to oneself
    verb, _, obj = text.partition(" ")
    if verb.lower() in SEND_VERBS and obj:
        obj = SENT_TO.sub("", obj)  # "send them my certification": what is sent, not to whom
        return Said("send", _mine(obj if RESPECIFIED.match(obj) else obj.split(",")[0]))  # ", the pdf was broken"
    if FOLLOW.match(text):
        return Said("follow", the_thing(FOLLOW.sub("", text, count=1)))
    if ASK.match(text):
        return Said("ask", text)
    told = TELL.sub("", text, count=1) if TELL.match(text) else text
    if told is not text and told:
        return Said("tell", _done_by_me(told))
    first = g.first_word(text)
    if (g.opens_with_a_verb(text) or first in lexicon.parts(first).get("VERB", ()) and not lexicon.is_past(first)
            and "NOUN" not in lexicon.parts(first)) and not g.is_past(text) and not lexicon.is_form(first, "VBG") \
            and g.shape(text, "np") in ("vp", "np", "act"):
        return Said("")  # "print the resume", "bring my knife roll on thurs": a task, not something to tell them
    return Said("tell", text)


def _mine(thing: str) -> str:
    """What the writer offers to send is theirs: 'portfolio link, the updated one' -> 'my updated portfolio link';
    'the poster from SfN' is kept; 'writing sample - the eviction memo' -> 'my writing sample (the eviction memo)'."""
    named = NAMED_AFTER_DASH.match(thing.strip())
    if named:
        return f"{_mine(named.group(1))} ({named.group(2)})"
    again = RESPECIFIED.match(thing.strip())
    if again:
        thing = f"{again.group(2)} {again.group(1)}"
    return thing if g.first_word(thing) in g.DETERMINERS else f"my {thing}"


RESPECIFIED = lazy_regex(r"^([^,]+),\s+the\s+([\w-]+)\s+ones?$", re.I)  # "portfolio link, the updated one"


def _done_by_me(told: str) -> str:
    """'CFA level 2 passed in August' -> 'I passed CFA level 2 in August': a thing and what the writer did."""
    m = DONE_THING.match(told)
    if not m or g.first_word(told) in PEOPLE or g.first_word(told) in g.DETERMINERS:
        return told
    thing, verb, rest = m.groups()
    return f"I {'finished' if verb.lower() == 'done' else verb.lower()} {thing}{rest}"


def read_question(question: str) -> Said:
    """What the writer meant to ask, as they would ask it: 'direct' ('Is the team remote first?'), 'whether'
    ('whether there is a budget for lab supplies'), 'about' ('how the team works with engineering'), 'steps'
    (only the hiring timeline, which the closing line looks ahead to), 'follow' ('the start date'); '' for a
    statement that is no question ('they asked about a missed dose and I rambled')."""
    typed = question.strip()
    text = _plain(typed)
    if not text or DID_THEY_SAY.match(text) or FOR_SOMEONE_ELSE.search(text) or YOU_SAID.match(text):
        return Said("")  # "did they say 2nd round is in person? check": what to check, not what to ask; "they said
        # they'd decide by friday i think??": what they said, nothing to ask
    if FOLLOW.match(text):
        followed = FOLLOW.sub("", text, count=1)
        if g.first_word(followed) in ("whether", "if") and " " in followed:
            return Said("whether", g.decapitalise(followed.split(" ", 1)[1]))  # "follow up on whether they ..."
        return Said("follow", the_thing(followed))
    asked = ASK.match(text)
    if asked:
        rest = text[asked.end():].strip()
        if " - " in rest:  # "ask about the busy season hrs - is it rly 60/wk": what to ask about, then a guess
            rest = rest.split(" - ", 1)[0].strip()
        said = asked.group(0).strip().lower()
        if said.endswith(("if", "whether")) and rest:
            return Said("whether", g.decapitalise(rest))
        text = rest or text
    if _only_hiring_steps(text):
        return Said("steps", _steps(text))
    if _direct(text) or (typed.endswith("?") and g.shape(text, "np") == "clause"):
        return Said("direct", g.capitalise(GUESS_AFTER.sub("", text)).rstrip("?") + "?")  # "when do they decide, dec??"
    first = g.first_word(text)
    if first in ("whether", "if"):
        return Said("whether", g.decapitalise(text.split(" ", 1)[1]) if " " in text else text)
    if first in g.WH_WORDS:
        return Said("about", g.decapitalise(text))
    if " " not in text.strip() and "NOUN" not in lexicon.parts(text.strip().lower()):
        word = text.strip().lower()  # "ask about remote": remote work; a lone word that names nothing is asked
        return Said("about", f"{word} work") if word in ("remote", "hybrid", "flexible") else Said("")
    if g.shape(text, "np") == "np":
        return Said("about", the_thing(g.decapitalise(text)) if " for " in text or " of " in text
                    or len(g.words(text)) >= 3 else g.decapitalise(text))  # "research budget for recruiting": the
        # budget; "night shift differential": the differential
    return Said("")


def their_questions(topic: str) -> str:
    """'she asked a lot about my experience with e-discovery' -> 'your questions about my experience with
    e-discovery': the interviewer's asking, said to them. '' when the topic is not someone's asking."""
    m = ASKING.match(topic)
    if not m:
        return ""
    who = m.group("who")
    whose = "your" if who.lower() in ("she", "he", "they", "you") else f"{who}'s"
    return f"{whose} questions about {m.group('what')}"


def the_thing(np: str) -> str:
    """'start date' -> 'the start date'; 'classroom management' and 'my poster' are kept."""
    np = np.strip()
    if not np or g.first_word(np) in g.DETERMINERS or np[:1].isupper() or g.is_plural_phrase(np):
        return np
    head = g.head_noun(np)
    return np if not head or head.endswith(MASS_ENDINGS) else "the " + np


def _plain(typed: str) -> str:
    """The note with its remarks, reminders and fillers gone: what is left to say."""
    text = without_fillers(without_remarks(typed))
    text = REMINDER.sub("", text, count=1).strip()
    return counts_in_words(text)


def _only_hiring_steps(text: str) -> bool:
    ws = [w.lower() for w in re.findall(r"[\w']+", text)]
    return bool(ws) and all(w in HIRING_STEPS for w in ws) and any(w in ("steps", "timeline", "timing") for w in ws)


def _steps(text: str) -> str:
    """'next steps / timeline' -> 'next steps and the timeline'; 'whats the timeline' -> 'the timeline'."""
    text = re.sub(r"^(?:what['’]?s|what is)\s+", "", text, flags=re.I)
    parts = [the_thing(p.strip()) for p in re.split(r"\s*(?:/|&|\+|,|\band\b)\s*", text) if p.strip()]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


QUESTION_AUX = frozenset("do does did is are was were can could will would should has have may might shall".split())
QUESTION_WORDS = frozenset("what how when who whom which where why whose".split())


def _direct(q: str) -> bool:
    """'what does the first year look like' asks; 'how the team works with engineering' names a topic."""
    ws = [w.lower() for w in g.words(q)]
    if not ws:
        return False
    if ws[0] in QUESTION_AUX or ws[0] in ("what's", "how's", "when's", "where's", "who's"):
        return True  # "whats the timeline for a decision"
    return ws[0] in QUESTION_WORDS and len(ws) > 1 and ws[1] in QUESTION_AUX
