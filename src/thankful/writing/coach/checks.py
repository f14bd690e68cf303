"""One small function per check. Each takes the note, the moment's facts (or None) and earlier notes to
the same person, and returns findings that cite a span and say how to fix it."""

import re
from functools import cache, lru_cache

from thankful.writing import lexicon
from thankful.writing.facts import FAMILY, TITLES, Facts
from thankful.writing.lazy import lazy_regex
from thankful.writing.money import AMOUNT, AMOUNT_MARKS, amount_text, goods_value, scrub_money

from . import grammar as checker
from .context import context, in_sympathy
from .findings import Finding, info, warn
from .lists import contains, find, fold, phrase_list, prose_cliches, settings
from .note import Note, read, words_of

# Words too common to show that a note names the gift ("a", "your", "gift").
STOP = frozenset("a an the your my our his her their of for to and with in on at from me us you it this that "
                 "gift present gifts presents generous kind lovely little new some one two every always so "
                 "birthday wedding holiday graduation shower baby".split())
GENERIC_THING = lazy_regex(r"\b(?:the|your|this|that) (?:lovely |nice |wonderful |beautiful |kind |generous |thoughtful "
                           r"|sweet |special |great |perfect )?"
                           r"(?:gift|present|thing|item)s?\b|\beverything\b", re.I)
GENERIC_WORDS = frozenset("gift present lovely nice kind wonderful beautiful generous thoughtful sweet special great "
                          "perfect".split())
GENERIC_NAMES = frozenset("friend friends there all everyone everybody someone somebody anyone anybody guy guys "
                          "folks sir madam whom it may concern dear hi hello hey to my good morning greetings name "
                          "recipient".split())
STAND_INS = frozenset("someone somebody anyone anybody guy guys name recipient".split())  # never a name
MONEY_WORDS = lazy_regex(r"\b(?:cash|cheque)\b|\b(?:a|the|your|this|that)\s+(?:[$€£]?\d[\d,]*\s+)?check\b(?!\s+(?:in|out|on|up)\b)"
                         r"|\bcheck for\b", re.I)
MONEY_ANCHORS = ("cash", "cheque", "check")  # every branch of MONEY_WORDS holds one of these
GOODS_STATEMENT = lazy_regex(r"goods or services|intangible religious|in exchange for your|good[- ]faith", re.I)
MARKS = lazy_regex(r"[!?]*![!?]*")
ABSOLUTE = lazy_regex(r"\b(?:very|so|most|more) (?:unique|perfect|ideal|complete)\b", re.I)
ABSOLUTE_WORDS = ("unique", "perfect", "ideal", "complete")  # ABSOLUTE matches only with one of these
EFFECT_LISTS = ("effect_time", "effect_place", "effect_consequence", "effect_use")
CLAUSE_BREAK = lazy_regex(r"[;:—–]|,\s+(?:which|and|so|as|now)\b|\s-\s")
# Money written in words is looked for only when one of these is in the note.
MONEY_WORD_MARKS = ("dollar", "buck", "euro", "quid", " grand ", " grand.", " grand,", "twenty", "fifty", "hundred",
                    "benjamin", "c-note")
# A sentence that gives thanks ('Thanks for ...'), not one that says what the thanks is for ('Thanks to you I ...').
THANKS = lazy_regex(r"(?:many |a big |huge )?(?:thanks|thank you)\b(?! to (?:you|your|it|this|that|them)\b)", re.I)
NAME_WORD = lazy_regex(r"[A-ZÀ-Ö][\w'’.-]*")


@lru_cache(maxsize=1024)  # a batch repeats its facts: the same gift, the same use
def _key_words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in words_of(phrase) if w not in STOP and len(w) > 2)


@lru_cache(maxsize=1024)
def _thing_words(what: str) -> tuple[str, ...]:
    return _key_words(scrub_money(what))  # "a check for $250" is thanked for as "your gift"


def _mentions(text_words: set[str], wanted) -> bool:
    """Whether a word of the fact is in the note; the same stem counts (scarf, scarves; knit, knitted)."""
    if any(w in text_words for w in wanted):
        return True  # the usual case: no stems needed
    stems = _stems(frozenset(text_words))
    for w in wanted:
        if w in text_words or _stem(w) in stems or any(len(w) >= 6 and t[:6] == w[:6] for t in text_words):
            return True
    return False


@lru_cache(maxsize=64)
def _stems(words: frozenset) -> frozenset:
    return frozenset(_stem(w) for w in words)


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """A word's base form from the lexicon ('drove' and 'driving' -> 'drive', 'scarves' -> 'scarf'), else a
    rough singular: 'lilies' -> 'lily', 'boxes' -> 'box', 'shears' -> 'shear'."""
    base = lexicon.lemma(word, "VERB") or lexicon.lemma(word, "NOUN")
    if base:
        return base
    if word.endswith("ves") and len(word) > 4:
        return word[:-3] + "f"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _after_first_sentence(note: Note) -> tuple[int, int]:
    end = note.sentences[0].end if note.sentences else note.body[1]
    return (end, end)


def _in_body(note: Note, m: re.Match) -> tuple[int, int]:
    """The span in the note of a match found in the body's text."""
    return (note.body[0] + m.start(), note.body[0] + m.end())


# --- the name -------------------------------------------------------------------------------------

def no_name(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The note greets the recipient by name, and not somebody else."""
    if not context(note, facts).applies("no-name"):
        return []
    line = _unfilled(note.greeting_text, blank=True, whole=note.text)
    span = note.greeting or (0, 0)
    if TITLE_ONLY.search(line):  # "Dear Ms.,": a title with the name left off
        return [warn("no-name", "The greeting has a title but no name.", span,
                     "Add the name after the title, for example 'Dear Ms. Tran,'.")]
    if facts and facts.givers:
        if _greets_a_giver(line or note.text[:80], facts.givers) and not (line and _only_stand_ins(line)):
            return []
        wanted = facts.givers[0].call or facts.givers[0].name
        if STAND_INS & set(wanted.lower().split()):
            wanted = ""  # "someone in accounting" names no one to suggest
        other = _other_name(line, facts.givers)
        if other:
            return [warn("no-name", f"The note greets {other}, but it is for {wanted}.", span,
                         f"Check the name: 'Dear {wanted},'.")]
    else:
        named = [w for w in NAME_WORD.findall(line) if w.lower().strip(".,") not in GENERIC_NAMES]
        if named:
            return []
        wanted = ""
    example = f"'Dear {wanted},'" if wanted else "'Dear Maria,' with their own name"
    return [warn("no-name", "The note does not greet the recipient by name.", span,
                 f"Open with their name, for example {example}.")]


TITLE_ONLY = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s*[,:]?\s*$")


def _only_stand_ins(line: str) -> bool:
    """'Hello Someone,', 'Dear Guy,': a greeting whose only name is a word standing in for one."""
    if not any(map(line.lower().__contains__, STAND_INS)):
        return False  # most greetings: no stand-in word is even part of the line
    words = [w.lower().strip(".,:;!") for w in re.findall(r"[\w'’.-]+", line)]
    return any(w in STAND_INS for w in words) and all(w in GENERIC_NAMES for w in words)


def _greets_a_giver(head: str, givers) -> bool:
    """Whether the opening names one of the givers: by a name of theirs, not only a title ('Uncle')."""
    words = set(words_of(head))
    for giver in givers:
        names, own = _giver_names(giver.name, giver.call)
        if not own.isdisjoint(words) or not _stems(own).isdisjoint(_stem(w) for w in words):
            return True  # (stems only when the name is not there as written: each is a look-up in the lexicon)
        if (not own or not _other_names(head)) and not names.isdisjoint(words):
            return True  # 'Dear Grandma,' for Grandma Pearl: a title alone, and no one else's name
    return False


@lru_cache(maxsize=1024)  # a batch greets the same people
def _giver_names(name: str, call: str) -> tuple[frozenset, frozenset]:
    """A giver's words (lower case), and those that are their own name (not a title: 'uncle')."""
    names = frozenset(words_of(f"{name} {call}")) - {"and", "the", "family", "&"}
    own = frozenset(n for n in names if n not in TITLES and n not in FAMILY)
    return names, own


def _other_names(line: str) -> list[str]:
    """Capitalised words of a greeting that are not a greeting word or a title: the names it uses."""
    return [w.strip(".,:;!") for w in NAME_WORD.findall(line)
            if w.lower().strip(".,:;!") not in GENERIC_NAMES and w.lower().strip(",:;!") not in TITLES
            and w.lower().strip(".,:;!") not in FAMILY]


def _other_name(line: str, givers) -> str:
    """A name in the greeting that belongs to none of the givers ('Ted' in 'Dear Uncle Ted,' for Uncle Frank)."""
    theirs = {n for g in givers for n in words_of(f"{g.name} {g.call}")}
    for name in _other_names(line):
        low = name.lower()
        if low not in theirs and not any(t.startswith(low) and len(low) >= 3 for t in theirs):
            return name
    return ""


# --- what was given, and what it changed ----------------------------------------------------------

def no_specific(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The note names the gift or the act, not just 'the gift' (nor a blank '[gift]' from a template)."""
    if not context(note, facts).applies("no-specific"):
        return []
    text = note.body_text
    body = _unfilled(text, whole=note.text)
    if facts and facts.what:
        wanted = _thing_words(facts.what)
        words = note.body_words if body is text else set(words_of(body))
        if not wanted or _mentions(words, wanted):
            return []
    generic = GENERIC_THING.search(body)
    if facts and facts.what:
        span = _in_body(note, generic) if generic else _after_first_sentence(note)
        return [warn("no-specific", f"The note never names what you are thanking for ({facts.what}).", span,
                     f"Name it: 'Thank you for {facts.what}', and add one detail you noticed.")]
    if generic and not _has_specific_noun(body, generic):
        return [warn("no-specific", f"'{note.text[slice(*_in_body(note, generic))].strip()}' could be anything.",
                     _in_body(note, generic), "Name the gift or the act itself, and one detail you noticed about it.")]
    return []


def _has_specific_noun(body: str, generic: re.Match) -> bool:
    """Whether the thanks names something besides 'the gift' (a noun phrase after 'for')."""
    for m in re.finditer(r"\bfor (?:the|your|my|our|a|an) ([a-z-]+)", body, re.I):
        if m.group(1).lower() not in GENERIC_WORDS:
            return True
    return False


def no_impact(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The note says what the gift or act changed: a concrete use, time, place or consequence.

    Not a word like 'means': 'It means so much to me' is a stock line; 'The bus stop at 7 a.m. is a lot
    less miserable this week' is an effect. The catalogue says which kinds are thanked for their use; with
    no moment the kind is unknown (a note to a nurse or a teacher is not thanked for its use), so the
    coach only hints."""
    ctx = context(note, facts)
    if not ctx.applies("no-impact"):
        return []
    if facts and facts.use and _mentions(note.body_words, _key_words(facts.use)):
        return []
    if has_effect(note):
        return []
    severity = info if ctx.from_text else warn
    return [severity("no-impact", "The note does not say what it changed: how you use it, or what happened thanks to it.",
                     _after_first_sentence(note),
                     "Add one concrete sentence: when you used it, where it is, what it let you do "
                     "('I made my flight with time to spare').")]


def has_effect(note: Note) -> bool:
    """Whether a sentence of the note, its stock lines set aside, holds a concrete time, place, use or consequence.
    The thanks itself ('Thank you for driving me on Monday') names the act, not its effect: only what
    follows a break in it counts ('...; it kept me warm all week')."""
    for sentence in note.sentences:
        part = _beyond_thanks(sentence.text)
        if part and _holds_effect(part):
            return True
    return False


def _beyond_thanks(sentence: str) -> str:
    if not THANKS.match(sentence):
        return sentence
    brk = CLAUSE_BREAK.search(sentence)
    return sentence[brk.end():] if brk else ""


def _holds_effect(text: str) -> bool:
    for m in find("thank_you", text):  # a stock line is not an effect, whatever words it holds
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return any(contains(name, text) for name in EFFECT_LISTS)


# --- wording --------------------------------------------------------------------------------------

def cliche(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """No thank-you clichés ('words cannot express', 'it means so much to me') and no general ones."""
    found = []
    for m in find("thank_you", note.text):
        found.append(warn("cliche", f"'{m.group()}' could be written to anyone.", (m.start(), m.end()),
                          "Replace it with something only this person gave or did."))
    for start, end, _phrase in prose_cliches().finditer(note.text):
        found.append(warn("cliche", f"'{note.text[start:end]}' is a cliché.", (start, end),
                          "Say it plainly, in your own words."))
    return found


def gushing(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """No stacked superlatives or exclamation marks."""
    body = note.body_text
    marks = list(MARKS.finditer(body)) if "!" in body else []
    hits = find("gushing", note.text)
    low = fold(note.text)
    if any(map(low.__contains__, ABSOLUTE_WORDS)):  # most notes have none: skip the regex
        hits += list(ABSOLUTE.finditer(note.text))
    stacked = [m for m in marks if len(m.group()) > 1]
    count = len(hits) + max(0, len(marks) - 1) + len(stacked)
    if count == 0:
        return []
    spans = [(m.start(), m.end()) for m in hits] or [_in_body(note, m) for m in marks]
    severity = warn if count >= 2 else info
    return [severity("gushing", "Superlatives and exclamation marks make a note sound less sincere, not more.",
                     spans[0], "Keep one plain sentence about what you noticed; let the detail do the work.")]


def money_amount(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A personal note never states an amount, in figures or words, or says cash or check (a donor's must)."""
    ctx = context(note, facts)
    if not ctx.applies("money-amount") or ctx.kind == "donation":
        return []
    text = note.text
    low = fold(text)  # most notes hold no money at all: look for the words the patterns need first
    found = list(AMOUNT.finditer(text)) if any(map(low.__contains__, AMOUNT_MARKS)) else []
    found += list(MONEY_WORDS.finditer(text)) if any(map(low.__contains__, MONEY_ANCHORS)) else []
    if any(map(low.__contains__, MONEY_WORD_MARKS)):
        found += [m for m in find("money_in_words", text) if not any(_overlap(m.span(), f.span()) for f in found)]
    return [warn("money-amount", f"'{m.group().strip()}' puts a price on the gift.", (m.start(), m.end()),
                 "Leave the amount and the words cash or check out; say what the gift will go toward.")
            for m in found]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def late_excuse(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A late note apologises once, briefly, with no excuse."""
    said = [m.start() for m in find("apologies", note.text)]
    if not said and not (facts and facts.late):
        return []  # nothing said about lateness, and nothing late: no excuse to look for
    sorry = [s for s in note.sentences if any(s.start <= at < s.end for at in said)]
    found = []
    for s in _with_next(note, sorry):  # an excuse comes with the apology, or just after it
        excuses = find("excuses", s.text)
        if excuses:
            span = (s.start + excuses[0].start(), s.start + excuses[-1].end())
            found.append(warn("late-excuse", f"'{excuses[0].group()}' reads as an excuse.", span,
                              "Drop the reason; one short apology is enough: 'I'm sorry this note is late.'"))
    if len(sorry) > 1:
        found.append(warn("late-excuse", "The note apologizes more than once.", (sorry[1].start, sorry[1].end),
                          "Keep one short apology and spend the rest on the thanks."))
    elif facts and facts.late and not sorry:
        found.append(info("late-excuse", "This note is late by the usual etiquette and does not say so.",
                          (note.body[0], note.body[0]), "Add one short apology, no excuses."))
    return found


def _with_next(note: Note, sentences) -> list:
    """The apologies, and the sentence after each unless it moves on to the thanks."""
    wanted = set()
    for s in sentences:
        i = note.sentences.index(s)
        wanted.add(i)
        if i + 1 < len(note.sentences) and not THANKS.match(note.sentences[i + 1].text):
            wanted.add(i + 1)
    return [note.sentences[i] for i in sorted(wanted)]


def length(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The length fits the channel: a card panel holds about 40-70 words; an email 80-200 (data/coach.toml)."""
    ctx = context(note, facts)
    (low, high), (hard_low, hard_high) = _length_range(ctx.kind, ctx.channel)
    n = note.words
    span = note.body
    where = {"email": "an email", "hand": "a short note by hand"}.get(ctx.channel, "a card")
    if n < hard_low:
        return [warn("too-short", f"{n} words is too short to say anything specific.", span,
                     "Add what it meant to you, and one look ahead.")]
    if n < low:
        return [info("too-short", f"{n} words; {low} or more reads less hurried in {where}.", span,
                     "A detail or a plan to meet would round it out.")]
    if n > hard_high:
        return [warn("too-long", f"{n} words is more than {where} holds.", span,
                     f"Keep to about {high} words: one detail, one use, one look ahead.")]
    if n > high:
        return [info("too-long", f"{n} words; about {high} fit comfortably in {where}.", span,
                     "Cut a sentence that repeats the thanks.")]
    return []


@cache
def _length_range(kind: str, channel: str) -> tuple[tuple[int, int], tuple[int, int]]:
    table = settings("length")
    wanted = table.get("kind", {}).get(kind) or table.get(channel) or table["card"]
    return tuple(wanted["ok"]), tuple(wanted["fair"])


def interview_missing(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """An interview note names the role, the company and a topic from the conversation."""
    if not facts or facts.kind != "interview":
        return []
    text_words = note.all_words
    found = []
    for field, label in (("role", "the role"), ("company", "the company"), ("topic", "a topic you discussed")):
        value = getattr(facts, field)
        if value and not _mentions(text_words, _key_words(value) or words_of(value)):
            found.append(warn("interview-missing", f"The note does not mention {label} ({value}).",
                              _after_first_sentence(note), f"Mention {value} by name."))
    return found


def repeated(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """No sentence repeats another in the note, or one sent to the same person before."""
    seen = {_norm(s.text) for text in previous or () for s in read(text).sentences if len(s.text.split()) > 3}
    found = []
    here = set()
    for s in note.sentences:
        key = _norm(s.text)
        if key.count(" ") <= 2:  # three words or fewer (_norm leaves one space between words)
            continue
        if key in here or key in seen:
            where = "earlier in this note" if key in here else "in a note you sent them before"
            found.append(warn("repeated", f"This sentence appears {where}.", (s.start, s.end),
                              "Say something new: a different detail, or what has happened since."))
        here.add(key)
    return found


def _norm(sentence: str) -> str:
    return " ".join(sentence.lower().replace("’", "'").strip(" .!?").split())


def wrong_tone(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """Sympathy notes are quiet (read from the text too: a funeral, a passing, a loss); interview and donor
    notes are not casual; love notes are not cold."""
    ctx = context(note, facts)
    found = []
    if ctx.kind == "sympathy" and not ctx.from_text:
        for m in re.finditer(r"!", note.body_text):
            found.append(warn("wrong-tone", "An exclamation mark is too bright for a sympathy note.",
                              _in_body(note, m), "End the sentence with a period."))
        found += _too_bright(note, "cheerful")
    elif ctx.from_text and (ctx.kind == "sympathy" or in_sympathy(note.text)):
        found += _too_bright(note, "cheerful", "too_bright")
        marks = list(re.finditer(r"!+", note.text))
        for m in marks if len(marks) > 1 or any(len(m.group()) > 1 for m in marks) else ():
            found.append(warn("wrong-tone", "Exclamation marks are too bright for a note after a death.",
                              m.span(), "End the sentence with a period."))
    if ctx.kind in ("interview", "donation") or (facts and facts.tone == "formal"):
        for m in find("casual", note.text):
            found.append(warn("wrong-tone", f"'{m.group()}' is too casual here.", (m.start(), m.end()),
                              "Use full sentences and a plain greeting: 'Dear Ms. Whitfield,'."))
    if ctx.kind == "love" or (facts and facts.tone == "romantic"):
        for m in find("cold", note.text):
            found.append(warn("wrong-tone", f"'{m.group()}' is too cold for a love note.", (m.start(), m.end()),
                              "Sign off warmly: 'All my love,'."))
    return found


def _too_bright(note: Note, *lists: str) -> list[Finding]:
    """Cheerful words and faces in a note that thanks someone after a death."""
    hits = {m.span(): m.group() for name in lists for m in find(name, note.text)}
    hits.update({m.span(): m.group() for m in _emoticons().finditer(note.text)})
    return [warn("wrong-tone", f"'{word}' is too bright for a note after a loss.", span,
                 "Use quiet, plain words: 'Your kindness meant a great deal to us.'")
            for span, word in sorted(hits.items())]


@cache
def _emoticons() -> re.Pattern:
    return re.compile(settings("tone")["emoticons"])


# --- donations ------------------------------------------------------------------------------------

NO_GOODS = lazy_regex(r"\bno goods or services\b", re.I)
NONE_GIVEN = ("", "none", "no", "nothing", "n/a", "no goods or services")


def irs_missing(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A US donation acknowledgment of $250 or more names the organization, the amount and the goods
    or services given in return (and their value), or says truthfully that there were none."""
    if not facts or facts.kind != "donation" or facts.amount < 250 or facts.currency != "USD":
        return []
    low = note.lower
    found = []
    end = (note.body[1], note.body[1])
    if facts.organization and facts.organization.lower() not in low:
        found.append(warn("irs-missing", "The acknowledgment does not name the organization.", end,
                          f"Name {facts.organization} in the first sentence."))
    if not _states_amount(low, facts.amount):
        found.append(warn("irs-missing", f"The acknowledgment does not state the amount ({amount_text(facts.amount)}).",
                          end, f"Write the amount: 'your gift of {amount_text(facts.amount)}'."))
    return found + _goods_findings(note, facts.goods_services, end)


def _states_amount(low: str, amount: float) -> bool:
    digits = re.sub(r"[^\d.]", "", amount_text(amount)).rstrip(".")
    return amount_text(amount).lower() in low or digits in low.replace(",", "")


def _goods_findings(note: Note, goods: str, end: tuple[int, int]) -> list[Finding]:
    """The goods-or-services statement: that none were given, or what was given and its good-faith value."""
    given = goods.strip().lower() not in NONE_GIVEN and "intangible religious" not in goods.lower()
    if not given:
        if GOODS_STATEMENT.search(note.text):
            return []
        return [warn("irs-missing", "The acknowledgment has no goods-or-services statement.", end,
                     "Add: 'No goods or services were provided in exchange for your contribution.'")]
    denial = NO_GOODS.search(note.text)
    if denial:
        return [warn("irs-missing", f"The acknowledgment says no goods or services were provided, but the donor "
                     f"received {goods}.", denial.span(),
                     f"Say what they received and its value: 'In exchange for your contribution, you received {goods}.'")]
    found = []
    if not _mentions(note.all_words, _key_words(goods) or tuple(words_of(goods))):
        found.append(warn("irs-missing", f"The acknowledgment does not describe what the donor received ({goods}).",
                          end, f"Add: 'In exchange for your contribution, you received {goods}.'"))
    value = goods_value(goods)
    if value is not None and not _states_amount(note.lower, value):
        found.append(warn("irs-missing", f"The acknowledgment does not give the good-faith value of what the donor "
                          f"received ({amount_text(value)}).", end, f"State it: 'valued at {amount_text(value)}'."))
    return found


# --- asks, blanks, put-downs ----------------------------------------------------------------------

def new_ask(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A thank-you makes no new request: no new favor ('could you also drive me...'), and a donor's none for money."""
    ctx = context(note, facts)
    if not ctx.applies("new-ask"):
        return []
    if ctx.kind == "donation":
        return [warn("new-ask", f"'{m.group()}' asks for more money in a thank-you.", (m.start(), m.end()),
                     "Keep the thanks a thanks; ask another time, in another letter.")
                for m in find("asks", note.text)]
    if _a_draft_of_clean_facts(ctx, facts, "asks_personal", "asks_question"):
        return []
    text = note.text
    asks = find("asks_personal", text)
    if "?" in text:  # a question that asks, unless it holds an ask already found
        asks += [m for m in find("asks_question", text) if not any(_overlap(m.span(), a.span()) for a in asks)]
    return [warn("new-ask", f"'{m.group().strip()}' asks something new of them in a thank-you.", m.span(),
                 "Keep the thanks a thanks: ask in another message, another day.")
            for m in _in_body_only(note, asks)]


def placeholder(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """No template blank left unfilled ('[Name]', '<gift>', '{name}', 'XXX')."""
    if not _may_hold_blanks(note.text):
        return []
    return [warn("placeholder", f"'{m.group()}' is a blank from a template.", m.span(),
                 "Fill it in with the real name or thing.")
            for m in _placeholders().finditer(note.text)]


@cache
def _placeholders() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in settings("placeholders")["patterns"]))


@cache
def _blank_marks() -> re.Pattern:
    """Any of the texts every blank holds (data/coach.toml `needs`): one quick search says a note has none."""
    return re.compile("|".join(re.escape(mark) for mark in settings("placeholders")["needs"]))


@lru_cache(maxsize=16)
def _may_hold_blanks(text: str) -> bool:
    return _blank_marks().search(text) is not None


def _unfilled(text: str, blank: bool = False, whole: str = "") -> str:
    """The text with each template blank as 'gift' (or blanked), of the same length: 'the lovely {gift}' is
    'the gift'. `whole`, the note the text is part of: when it has no blank, neither has the text."""
    if not _may_hold_blanks(whole or text):
        return text

    def fill(m: re.Match) -> str:
        size = m.end() - m.start()
        return " " * size if blank or size < 4 else "gift" + " " * (size - 4)
    return _placeholders().sub(fill, text)


def negative(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """No remark that belittles the gift or says it goes back ('not really my style', 'I'll exchange it')."""
    ctx = context(note, facts)
    if not ctx.applies("negative") or _a_draft_of_clean_facts(ctx, facts, "negative"):
        return []
    return [warn("negative", f"'{m.group()}' tells them the gift missed.", m.span(),
                 "Leave it out. Thank them for the thought, and say one true thing you like about it.")
            for m in _in_body_only(note, find("negative", note.text))]


def _a_draft_of_clean_facts(ctx, facts: Facts | None, *lists: str) -> bool:
    """Whether the note is compose's own draft (grammar off) of facts holding no anchor of the lists.

    A draft's words are its templates' and the person's facts: the templates hold no put-down and no
    ask (tests/test_coach_checks.py reads every one), so when no fact holds a word these lists look
    for, neither does the draft, and compose need not search each of the 1,000 drafts it writes."""
    if ctx.grammar or facts is None:
        return False
    said = (facts.what, facts.detail, facts.use, facts.memory, facts.ahead, facts.extra, facts.question)
    return not any(_fact_may_hold(name, fact) for name in lists for fact in said if fact)


@lru_cache(maxsize=4096)  # a batch repeats its facts
def _fact_may_hold(name: str, fact: str) -> bool:
    return bool(phrase_list(name).candidates(fact))


def _in_body_only(note: Note, found: list[re.Match]) -> list[re.Match]:
    """The matches (found in the whole note, whose words every list shares) that lie in the body."""
    start, end = note.body
    return [m for m in found if start <= m.start() and m.end() <= end]


# --- grammar and spelling -------------------------------------------------------------------------

ABBREVIATION = lazy_regex(r"\b(?:Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr|Prof|Rev|Capt|Sgt|Lt|Col|Gen|Hon|[ap]\.m|etc|e\.g|i\.e|vs)\.\s*$")


def grammar(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """Grammar (warn) and spelling (info): the coach's own quick rules, then Harper. Names and words the
    moment and the notebook know are never flagged. Compose checks every draft it writes and must stay
    fast (DESIGN §11), so with grammar off only the rules meant for its drafts run (a day in lower case,
    two verbs joined); check() and the editor turn it on."""
    ctx = context(note, facts)
    start, end = note.body
    found = []
    if ctx.applies("grammar"):
        found = [warn("grammar", rule.message, _trimmed(note.text, a, b), rule.suggestion)
                 for a, b, rule in checker.own_findings(note.text, start, end, note.body_words,
                                                        drafts_only=not ctx.grammar)]
    if ctx.grammar:
        found += _harper(note, facts, ctx, taken=[f.span for f in found])
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces at its ends."""
    part = text[start:end]
    return (start + len(part) - len(part.lstrip()), end - len(part) + len(part.rstrip()))


def _harper(note: Note, facts: Facts | None, ctx, taken: list[tuple[int, int]]) -> list[Finding]:
    known = ctx.known | checker.always_known() | _moment_words(facts)
    found = []
    for lint in checker.lint(note.text, *note.body):
        span = (lint.start, lint.end)
        word = note.text[lint.start:lint.end]
        if any(_overlap(span, t) for t in taken) or _knows(known, word):
            continue
        if lint.kind == "Spelling":
            finding = _spelling(note, lint, word, ctx)
        elif lint.kind in checker.grammar_kinds() and ctx.applies("grammar"):
            finding = None if _after_abbreviation(note, lint) else warn(
                "grammar", lint.message, span, _fix(lint, "Reword this part."))
        else:
            finding = None  # style, readability, formatting: left to the writer
        if finding:
            found.append(finding)
            taken.append(span)
    return found


def _spelling(note: Note, lint, word: str, ctx) -> Finding | None:
    span = (lint.start, lint.end)
    if any(c.isdigit() for c in word) or "-" in note.text[max(0, lint.start - 1):lint.end + 1]:
        return None  # a number, or a piece of a hyphenated word ('mis-picks')
    recased = [s for s in lint.suggestions if s.lower() == word.lower() and s != word]
    if recased and ctx.applies("grammar"):
        return warn("grammar", f"'{word}' takes a capital letter.", span, f"Write '{recased[0]}'.")
    if word[:1].isupper() or checker.is_other_spelling(word, lint.suggestions) or not ctx.applies("spelling"):
        return None  # a name, a place, a brand the coach cannot know; or 'colour' for 'color'
    return info("spelling", f"'{word}' may be misspelt.", span, _fix(lint, "Check the spelling."))


def _fix(lint, otherwise: str) -> str:
    options = [s for s in lint.suggestions if s][:3]
    if not options:
        return otherwise
    return "Did you mean " + " or ".join(f"'{s}'" for s in options) + "?"


def _knows(known: frozenset, word: str) -> bool:
    low = word.lower().replace("’", "'")
    return low in known or low.removesuffix("'s") in known or (low.endswith("s") and low[:-1] in known)


def _after_abbreviation(note: Note, lint) -> bool:
    """Harper reads 'Mr. and Mrs. Ahn' as a sentence starting 'and'."""
    return lint.kind == "Capitalization" and bool(ABBREVIATION.search(note.text[max(0, lint.start - 12):lint.start]))


def _moment_words(facts: Facts | None) -> frozenset[str]:
    """Every word of the moment's facts and people: what the writer said, spelt their way."""
    if not facts:
        return frozenset()
    return _words_of_facts(facts.key + " " + " ".join(f"{g.name} {g.call}" for g in facts.givers) + " " + facts.sign)


@lru_cache(maxsize=256)
def _words_of_facts(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[\w'’-]+", text))


CHECKS = (no_name, no_specific, no_impact, cliche, gushing, money_amount, late_excuse, length,
          interview_missing, repeated, wrong_tone, irs_missing, new_ask, placeholder, negative, grammar)
