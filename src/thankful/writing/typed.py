"""Reading what a person typed before a draft uses it: "i", "christmas", "ur", "didnt", "lol", "+".

Only what is unmistakable changes (data/words/typing.toml lists the texting forms, asides, brands and
holidays; the lexicon knows places, days, months and languages; data/words/given_names.txt knows
names): the case of "I" and of proper names, a texting form, a word missing its apostrophe, an aside
that comments on the message. Anything else is kept as typed: the coach's spelling check points it out.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from thankful.domain import data

from . import lexicon
from .lazy import lazy_regex

EMOJI = lazy_regex("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
SHOUTING = lazy_regex(r"([!?])[!?]+")
AND_SIGNS = lazy_regex(r"\s+[+&]\s+")
SMILEYS = lazy_regex(r"(?:^|\s)[:;]-?[)(DPp](?=\s|$)|(?:^|\s)<3(?=\s|$)")
EVERYDAY = lazy_regex(r"\beveryday\b(?=\s*(?:$|[,.;!?]|and\b|but\b|so\b))", re.I)
REMEMBER_WHEN = lazy_regex(r"^remember (?:when|that time|the time)\s+", re.I)
LIKE_EVERY = lazy_regex(r"\blike (?=every\b)")
SAYS_ON = lazy_regex(r"\b((?:it|they|the \w+)\s+(?:says|said|reads|read))\s+([a-z][^,.!?“”\"]+?)\s+"
                     r"((?:on|along|across|inside) the (?:side|back|front|bottom|top|lid|cover|inside|spine|handle)|inside)\b", re.I)
HOW_I_LIKE = lazy_regex(r"(?<!\bthat )(?<!\bknow )(?<!\bsee )\bhow (i|we) (?:like|love) (it|them)\b", re.I)
WROTE_ON = lazy_regex(r"\b(wrote|writes|written)\s+((?:dont|don't|do not|you|u|go|have|enjoy|spend|buy|treat|use|save)\b[^“”\"]+?)"
                      r"(\s+(?:on|in|inside) the card\b|\s*$)", re.I)
DAY_BEFORE_DATE = lazy_regex(r"\b(mon|tues?|wed|thurs?|fri|sat|sun)\.?\s+(?=the\s+\d{1,2}(?:st|nd|rd|th)\b)", re.I)
LIKE_AN_ACTUAL = lazy_regex(r"[!?.,\s]+like an? (?:actual|real) [\w' -]+$", re.I)
NOTE_SAID = lazy_regex(r"\b((?:note|card|sign|text|message|letter|post-it|sticky)\s+(?:that|which)\s+(?:said|says))\s+"
                       r"([^,.!?;“\"]+?)\s*$", re.I)
LIKE_A_NUMBER = lazy_regex(r"\b(?<!feel )(?<!felt )(?<!looks )(?<!look )like (?=[$€£]?\d|(?:an?|two|three|four|five|ten|twenty) "
                           r"(?:second|minute|hour|day|week|month|year)s?\b)", re.I)  # "gone in like an hour"
TIME = lazy_regex(r"\b(\d{1,2}(?::\d\d)?)\s?([ap])\.?m\.?(?=\W|$)", re.I)
CHUNK = lazy_regex(r"^([(\"'“‘\[]*)(.*?)([)\"'”’\].,;:!?]*)$")
WORD = lazy_regex(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’./-]*$")

DETERMINERS = frozenset("a an the this that these those my your our his her their its some any no every each "
                        "another one two three four five six seven eight nine ten".split())
PREPOSITIONS = frozenset("about above across after against along among around at before behind below beneath "
                         "beside between beyond by during for from in inside into near of off on onto out "
                         "outside over past since through throughout till to toward towards under until up upon "
                         "with within without".split())
CLOSED = DETERMINERS | PREPOSITIONS | frozenset(
    "i me we us you he him she it they them and or but so if as than then when while because though "
    "although whether not too very just also really still even only ever never always".split())
I_FORMS = {"i": "I", "i'm": "I'm", "i'll": "I'll", "i've": "I've", "i'd": "I'd"}
SMALL_WORDS = frozenset("a an and the of for at in on to by de la del van von da di".split())


@cache
def _typing() -> dict:
    return data.toml("words/typing.toml")


@cache
def _kin_who() -> re.Pattern:
    words = "|".join(sorted((k for k in kin() if " " not in k), key=len, reverse=True))
    return re.compile(rf"\b((?:my|your|her|his|their|our)\s+(?:late\s+)?(?:{words}))(?<!,)\s+who\b", re.I)


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list of data/words/typing.toml, as a set read once: word_list("pets")."""
    return frozenset(_typing().get(name, ()))


BILINGUAL = lazy_regex(rf"\bbilingual,? (?=(?:{'|'.join(word_list('languages'))})\b)")
# How a word is read by its neighbours (typing.toml says why each list is there).
VERBS_AFTER_A_SUBJECT = word_list("verbs_after_a_subject")
INTENSIFIERS = word_list("intensifiers")
TIME_LEADS = word_list("time_leads")
THEIR_AFTER = word_list("their_after")
CLAUSE_OPENERS = word_list("clause_openers")
LAUGHS = word_list("laughs")
SAYING = frozenset("knew know said thought think hoped hope guess bet figured wish promised swore".split())  # "knew id"
NOT_BEFORE_ILL = frozenset("was is am be been being feel felt feeling feels very so too got get gets fell seriously "
                           "mentally terminally critically really quite became become look looked looks".split())


@cache
def _forms() -> dict[str, str]:
    return {k.lower(): v for table in ("forms", "misspellings") for k, v in _typing().get(table, {}).items()}


@cache
def _proper() -> dict[tuple[str, ...], str]:
    return {tuple(k.lower().split()): v for k, v in _typing().get("proper", {}).items()}


@cache
def _longest_proper() -> int:
    return max((len(k) for k in _proper()), default=1)


@cache
def _asides() -> frozenset[str]:
    return frozenset(a.lower() for a in _typing().get("asides", ()))


@cache
def kin() -> frozenset[str]:
    return frozenset(k.lower() for k in _typing().get("kin", ()))


@cache
def _name_titles() -> frozenset[str]:
    """Words a name follows ("cousin", "uncle", "coach", "mr"): kin and titles, less those said alone ("bro, ty",
    "oh lord u")."""
    return (kin() | word_list("titles")) - {"bro", "sis", "pop", "pops", "lord"}


@cache
def _given() -> tuple[tuple[str, str], ...]:
    """Given names by group ('female', 'male', 'either'), each as one space-delimited string: a name is found
    by a substring search (26,000 names, no dictionary to build for the one or two look-ups a batch makes)."""
    groups = []
    for line in data.path("words/given_names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            group, _, names = line.partition(" ")
            groups.append((group, f" {names.lower()} "))
    return tuple(groups)


@lru_cache(maxsize=4096)
def given_name_sex(name: str) -> str:
    """'female', 'male', 'either', or '' for a name the list lacks ('Angela' -> 'female')."""
    key = f" {name.lower()} "
    if " " in name.strip() or not name.strip():
        return ""
    if name.lower() in _typing().get("short_names_either", ()):
        return "either"  # "Jess", "Sam": short for a woman's name as often as a man's
    for group, names in _given():
        if key in names:
            return group
    return ""


def is_given_name(word: str) -> bool:
    return bool(given_name_sex(word))


def tidy(text: str, names: tuple[str, ...] = (), question: bool = False, *, signs: bool = True) -> str:
    """A fact as it should read: 'im useing it for my tea lol' -> "I'm using it for my tea";
    `names` are the moment's own (a giver's name typed in lower case takes its spelling)."""
    if not text:
        return text
    if names:
        said = _text_words(text)
        names = tuple(n for n, words in _name_words_of(names) if words & said)
    return _tidy(text, names, question, signs)  # a batch repeats its facts, with other names: cached without them


@lru_cache(maxsize=1024)
def _name_words_of(names: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((n, frozenset(WORDISH.findall(n.lower()))) for n in names)


@lru_cache(maxsize=4096)
def _text_words(text: str) -> frozenset[str]:
    """The words of a fact, and their forms without a possessive ("paulo's" is Paulo's name too)."""
    words = WORDISH.findall(text.lower())
    return frozenset(words) | {w.removesuffix("'s").removesuffix("s") for w in words}


WORDISH = lazy_regex(r"[a-zà-öø-ÿ0-9'’-]{2,}")


@lru_cache(maxsize=4096)
def _tidy(text: str, names: tuple[str, ...], question: bool, signs: bool = True) -> str:
    text = EMOJI.sub("", text)
    text = SMILEYS.sub(" ", text)
    text = SHOUTING.sub(r"\1", text)
    text = CAPS_SMALL.sub(lambda m: m.group(0).lower(), text) if "AND" in text or "BUT" in text else text  # "hosting AND"
    text = CAPS_WORD.sub(lambda m: m.group(0).lower() if lexicon.known(m.group(0).lower()) and
                         not lexicon.proper(m.group(0).lower()) else m.group(0), text)  # "which he NEVER does"
    if signs:
        text = AND_SIGNS.sub(" and ", text)  # "towels + the robe"; a name keeps its "&" ("Hart & Lowe")
    text = TIME.sub(_time, text)
    text = EVERYDAY.sub("every day", text)  # "wears it everyday" (the adjective is "everyday life")
    text = LIKE_A_NUMBER.sub("about ", text)  # "gone in like 10 minutes"
    if text[:9].lower() == "remember ":
        text = REMEMBER_WHEN.sub("the time ", text, count=1)  # "remember when we drove 4 hours": the time we drove
    if text[-4:].lower() in (" sat", " sun", " fri", " mon", " wed", " tue") or text[-5:].lower() in (" tues", " thur") \
            or text[-6:].lower() == " thurs":
        text = _day_at_end(text)  # "dinner party sat": on Saturday
    if " the " in text and DAY_BEFORE_DATE.search(text):
        text = DAY_BEFORE_DATE.sub(lambda m: _typing()["day_short"][m.group(1).lower()] + " ", text)  # "sat the 19th"
    if " like it" in text or " like them" in text:
        text = HOW_I_LIKE.sub(r"just the way \1 like \2", text)  # "tea with honey how i like it": just the way I like it
    if ", first time " in text:
        text = text.replace(", first time ", ", the first time ")  # "my mom cried reading it, first time she ..."
    if " actual " in text or " real " in text:
        text = LIKE_AN_ACTUAL.sub("", text)  # "a dombra!!! like an actual dombra": said once
    if "wrote " in text:
        text = WROTE_ON.sub(lambda m: f"{m.group(1)} “{m.group(2)}”{m.group(3)}", text)  # "wrote dont spend it all ..."
    if " says " in text or " said " in text or " reads " in text:
        text = SAYS_ON.sub(lambda m: f"{m.group(1)} “{m.group(2)}” {m.group(3)}", text)  # "it says keep running on the side"
    if "that said " in text or "that says " in text:
        text = NOTE_SAID.sub(lambda m: f"{m.group(1)} “{m.group(2).strip(QUOTES)}”", text)  # "a note that said u got
        # this": quoted (once, if typed in quotes: "said 'u got this'")
    if " who " in text:
        text = _kin_who().sub(r"\1, who", text)  # "in memory of her mum who loved the garden hogs": one mum, said of her
    if "like every" in text:
        text = LIKE_EVERY.sub("", text)  # "read it like every night": every night
    if "/" in text:
        text = TWO_NAMES.sub(_both_named, text)  # "bilingual spanish/english": Spanish and English
    if "s " in text or text.endswith("s"):
        text = KIN_OWNS.sub(lambda m: f"{m.group(1)} {m.group(2) or ''}"
                            f"{m.group(3) if m.group(2) else m.group(3).capitalize()}'s", text)  # "a rattle that was moms
        # when she was a baby": Mom's
    if "registry" in text:
        text = OFF_THE_REGISTRY.sub("", text).strip(" ,")  # where it was bought is no part of the gift
    if THANKS_TO_SOMEONE.search(text):
        text = THANKS_TO_SOMEONE.sub("", text)  # "the tamales!!! thx abuela": thanks said to someone else, aside
    if "idk " in text.lower():
        text = IDK_ASIDE.sub("", text)  # "which idk made me cry a bit": a shrug inside the sentence, not a fact
    if " if " in text or " whether " in text:
        text = UNSURE_AT_END.sub("", text)  # "how on call works idk if i asked that right": a doubt to oneself
    if " never " in text or " wont " in text or " won't " in text:
        text = NEVER_THANKED.sub("", text)  # "dinner last yr and we never said thx": the note says so itself
        text = NEVER_READ.sub("", text)  # "lol she'll never read this": said to oneself, never to her
    if text.endswith(" said") and SAID_AT_END.search(text):
        text = SAID_AT_END.sub("", text)  # "took her like 2 months she said": what she said, told as the fact
    if text[:5].lower() in ("dont ", "don't", "don’t"):
        text = DONT_TELL.sub("", text)  # "dont tell him but the limoncello is STRONG": said to oneself, not to him
    if " i think," in text.lower():
        text = I_THINK_BEFORE_A_COMMA.sub("", text)  # "hes been saving since august i think, i didnt expect it"
    if text.lower().endswith(FINAL_ASIDES):
        text = _without_final_aside(text)  # "submitted on time, fingers crossed": a wish to oneself, not a fact
    if text.endswith((" so", " lol so", " so lol")):
        text = TRAILING_SO.sub("", text)  # "we go through about 10 onesies a day so": a thought left hanging
    if "lol " in text or "haha " in text:
        text = LAUGH_THEN_WH.sub("", text)  # "floor seats lol how": the wonder said with a laugh, not a question
    if " jk " in text.lower():  # "paying off my parking tickets lol jk its going to savings": the joke is not meant
        text = JOKING.sub("", text, count=1) or text
    text = _standard_phrases(text)
    if "start" in text.lower():
        text = STARTING_ON.sub(lambda m: f"{m.group(1)}{'i' if m.group(2).islower() else 'I'} start ", text)  # "start jan 5"
    if len(set(text.lower().split())) < len(text.split()) - 1:  # a word typed three times: said once
        text = SAID_THRICE.sub(r"\1", text)  # "diapers diapers diapers"
    text = _hyphenated(text)
    if any(c.isdigit() for c in text):
        text = ROAD_NUMBER.sub(lambda m: "highway" if m.group(0)[0] in "hH" else "route", text)  # "on rt 9": Route 9
        text = NUMBERED_PLACE.sub(lambda m: m.group(1).capitalize() + m.group(2), text)  # "the crew at station 9"
    text = PREFIXED.sub(lambda m: f"{m.group(1)}-{m.group(2)}" if lexicon.known(m.group(2).lower()) else m.group(0),
                        text)  # "pre seasoned" -> "pre-seasoned", "non stick" -> "non-stick"
    text = _names_as_spelled(text, names)
    chunks = [_split(c) for c in text.split()]
    chunks = _drop_asides(chunks)
    _proper_phrases(chunks)
    if any(c[1].lower() in PLACE_CUES for c in chunks[:-1]):
        _places(chunks)
    name_words = _name_words(names)
    owners = _owner_words(names)
    quoted = False
    for i in range(len(chunks)):
        quoted = quoted or any(q in chunks[i][0] for q in OPENING_QUOTES)
        if not quoted or chunks[i][1].lower() not in QUOTED_AS_WRITTEN:
            _read_word(chunks, i, name_words, owners)  # a quote keeps its writer's "u": 'for ur commute', 'u got this'
            # (its missing apostrophes and capitals are still put right: "don't spend it all")
        quoted = quoted and not any(q in chunks[i][2] for q in CLOSING_QUOTES)
    out = " ".join("".join(c[:3]) for c in chunks if any(c[:3]))
    out = RUN_ON.sub(r"; \1 ", out.strip())  # "she knitted it herself i think it took months"
    if " now it's so " in out:
        out = NOW_THAT.sub(" now that it's so ", out)  # "wearing them every day now its so cold": now that it's so cold
    if "because " in out:
        out = BECAUSE_A_THING.sub("", out)  # "diapers bc omg the diapers": a sigh, no reason to tell
    if ", every" in out:
        out = EVERYONE_AFTER.sub(r"; \1 ", out)  # "the story about dad, everyone was crying laughing": a new clause
    if ", " in out:
        out = IT_THEN_MY_DOING.sub(r"\1\2, and I'm \3", out)  # "its on my porch, trying very hard not to kill it"
    out = NOW_RUN_ON.sub("; ", out)  # "lattes every sunday morning now its kind of our thing": now; it's
    out = THE_TITLE_NAME.sub(lambda m: f"{m.group(1).capitalize()} {m.group(2)}", out)  # "the nurse Dolores"
    if "st " in out:
        out = SAINT_BEFORE_A_NAME.sub("St. ", out)  # "at st Anne's": St. Anne's
    out = STREET.sub(_street, out)  # "the oak st build": the Oak St. build
    out = with_saints_owned(out)  # "St. Brigids": St. Brigid's (church, school)
    out = COMMA_BEFORE.sub(_comma_before, out)  # "pre-seasoned which we didn't know", "signed it even the seniors"
    # each pattern only where its words are: most facts have none, and a search costs more than a substring test
    if " not " in out:
        out = NOT_THE.sub(_not_the, out)  # "on the nursery wall not the crib": a contrast takes its comma
    if ", too " in out:
        out = TOO_AT_END.sub(r"; it's too \1", out)  # "..., too precious": it's too precious
    if " no " in out or " as " in out:
        out = SET_OFF.sub(lambda m: f", {m.group(1)}" + (", " if m.group(2) else ""), out)  # "off, no questions asked,"
    if " a " in out or " an " in out:
        out = LETTER_GRADE.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}", out)  # "he got a b on the test"
    out = NEW_SENTENCE.sub(lambda m: m.group(1) + m.group(2).upper(), out)  # "he passed! hes so proud"
    if ". " in out:
        out = AFTER_A_PERIOD.sub(lambda m: m.group(1) + m.group(2).upper(), out)  # "diapers. so many diapers"
    if " is " in out or " was " in out:
        out = IS_A_DATE.sub(r"\1 on \2", out)  # "interview is jan 14": on January 14
    if "bilingual " in out:
        out = BILINGUAL.sub("bilingual in ", out)  # "bilingual English and Spanish": bilingual in both
    if " minor" in out or " major" in out:
        out = MUSICAL_KEY.sub(lambda m: m.group(1).upper() + m.group(2), out)  # "the e minor one": E minor
    if any(digit in out for digit in "123456789") and ORDINAL_WORD.search(out):
        out = ORDINAL_WORD.sub(_ordinal_in_words, out)  # "funding for a 3rd year": a third year
        out = GRADE_BEFORE_NOUN.sub(r"\1-grade", out)  # "eighth grade science teacher": eighth-grade
    if " shaped" in out:
        out = SHAPED.sub(lambda m: f"{m.group(1)}-shaped" if set(lexicon.parts(m.group(1))) == {"NOUN"}
                         else m.group(0), out)  # "heart shaped pancakes"; "its shaped like" stays
    return out.rstrip("!") if not question else out


PREFIXED = lazy_regex(r"\b(pre|non|self|anti|semi)\s+([A-Za-z]{3,})\b", re.I)
COMMA_BEFORE = lazy_regex(r"\b([\w'-]+) (which(?= (?:was|is|made|meant|means|helped)\b)|which|even the|even my|even our|"
                          r"even his|even her) ")


def _comma_before(m: re.Match) -> str:
    """A remark added to a whole clause takes a comma: 'it came pre-seasoned, which we didn't know was a thing',
    'everyone signed it, even the seniors'; 'the one which' and 'the card which' are left alone."""
    word = m.group(1).lower()
    said_of_it_all = m.string[m.end():].startswith(("was ", "is ", "made ", "meant ", "means ", "helped "))
    if m.group(2) == "which" and said_of_it_all and word not in CLOSED and word != "one":
        return f"{m.group(1)}, {m.group(2)} "  # "we didn't have to cook for days, which was a huge relief"
    if word in ("it", "them", "us", "me", "him", "her") or "NOUN" not in lexicon.parts(word) and word not in CLOSED:
        return f"{m.group(1)}, {m.group(2)} "
    return m.group(0)


NOT_THE = lazy_regex(r"\b([a-z]+) (not (?:the|a|an|my|our|his|her|their|\d+)\b)")  # "4 nights not 1"
TOO_AT_END = lazy_regex(r", too ([a-z]+)$")


def _not_the(m: re.Match) -> str:
    word = m.group(1)
    noun = "NOUN" in lexicon.parts(word) and word not in CLOSED and not lexicon.is_form(word, "VBZ") \
        and not lexicon.is_past(word) and word not in ("do", "can", "will", "may", "might", "must", "should")
    return f"{word}, {m.group(2)}" if noun else m.group(0)


YOURE_DOING = word_list("youre_doing")
GOING_ON = word_list("going_on")
IT_IS_BEFORE = word_list("it_is_before")
TWO_NAMES = lazy_regex(r"\b([a-z]{3,})/([a-z]{3,})\b")


def _both_named(m: re.Match) -> str:
    first, second = lexicon.proper(m.group(1)), lexicon.proper(m.group(2))
    return f"{first} and {second}" if first and second else m.group(0)


TRAILING_SO = lazy_regex(r"\s+(?:lol\s+)?so(?:\s+lol)?$")
LAUGH_THEN_WH = lazy_regex(r"\s+(?:lol|haha|lmao)\s+(?:how|why|what|who)\W*$", re.I)
JOKING = lazy_regex(r"^.*?\b(?:lol\s+)?jk\b[\s,.!]*(?=\S)", re.I)
SAID_THRICE = lazy_regex(r"\b([A-Za-z]+)(?:\s+\1\b){2,}", re.I)
SET_OFF = lazy_regex(r",?\s+(no questions asked|no strings attached|as always|as usual)(\s+(?=\w))?", re.I)
LETTER_GRADE = lazy_regex(r"\b((?:got|get|gets|earned|made|scored|pulled|received) an?) ([a-f])\b(?!')")
CAPS_SMALL = lazy_regex(r"(?<=[a-z] )(?:AND|BUT|OR|SO|TOO|NOT)\b(?= [a-z])")
CAPS_WORD = lazy_regex(r"\b[A-Z]{4,}\b")  # a word typed in capitals for emphasis; "NASA" is not a word
THE_TITLE_NAME = lazy_regex(r"\b[Tt]he (nurse|doctor|coach|pastor|officer|chef) ([A-Z][a-z]+)\b")
MUSICAL_KEY = lazy_regex(r"\b([a-g])((?:[- ](?:flat|sharp))? (?:minor|major))\b")
ORDINAL_WORD = lazy_regex(r"(?<![\w/-])([1-9])(st|nd|rd|th)\b(?=\s+[a-z])")
GRADE_BEFORE_NOUN = lazy_regex(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) grade(?= (?:teacher|"
                               r"teachers|class|classroom|science|math|reading|english|students|team|level|teaching)\b)")
STREET_BEFORE = lazy_regex(r"\b(?:on|at|off|and)\s+$", re.I)
MONTH_BEFORE = lazy_regex(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*$", re.I)


def _ordinal_in_words(m: re.Match) -> str:
    """'3rd year' -> 'third year', '2nd floor' -> 'second floor'; a date ('May 3rd') keeps its figure."""
    if MONTH_BEFORE.search(m.string, 0, m.start()) or STREET_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)  # "May 3rd", "that place on 5th": a date, a street
    return _typing()["ordinals"][m.group(1)]


STARTING_ON = lazy_regex(r"(^|[.!?]\s+)(start|starting)\s+(?=(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|"
                         r"mon|tues?|wed|thurs?|fri|sat|sun|next|the\s+\d|\d))", re.I)
AFTER_A_PERIOD = lazy_regex(r"((?<=[a-z]{2})(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bst)(?<!\bvs)\.\s+)([a-z])")  # not "a.m. tomorrow", "St. luke"
SHAPED = lazy_regex(r"\b([a-z]+) shaped\b")
NEW_SENTENCE = lazy_regex(r"([!?]\s+)([a-z])")
NOW_THAT = lazy_regex(r"(?<=[a-z]) now it's so (?=[a-z]+$)")
NOW_RUN_ON = lazy_regex(r"(?<=[a-z] now)(?<!right now)(?<!just now)(?<!for now)(?<!by now)(?<!until now)(?<!till now)"
                        r"\s+(?=(?:it's|that's|they're|we're)\s)")
RUN_ON = lazy_regex(r"(?<=[a-z]) (I (?:think|guess|bet|know|swear)) (?=(?:it|that|she|he|they|we|you)\b)")


def _time(m: re.Match) -> str:
    return f"{m.group(1)} {m.group(2).lower()}.m."  # "7am" -> "7 a.m."


def _standard_phrases(text: str) -> str:
    """'moving clients off of QuickBooks' -> 'moving clients off QuickBooks' (data: [phrases])."""
    low = text.lower()
    for typed, standard in _typing().get("phrases", {}).items():
        if typed in low and typed != standard:
            text = re.sub(rf"\b{re.escape(typed)}\b", standard, text, flags=re.I)
            low = text.lower()
    return text


@cache
def _modifiers() -> re.Pattern | None:
    found = _typing().get("modifiers", ())
    if not found:
        return None
    words = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(found, key=len, reverse=True))
    return re.compile(rf"\b({words})\s+(?=([A-Za-z][\w'’-]*))", re.I)


def _hyphenated(text: str) -> str:
    """'late night dosa runs' -> 'late-night dosa runs': two words describing the noun after them."""
    pattern = _modifiers()
    if pattern is None or " " not in text:
        return text
    return pattern.sub(lambda m: m.group(0) if m.group(2).lower() in CLOSED or m.group(2).lower() in PREPOSITIONS
                       else "-".join(m.group(1).split()) + " ", text)


def _split(chunk: str) -> list[str]:
    m = CHUNK.match(chunk)
    return [m.group(1), m.group(2), m.group(3)] if m else ["", chunk, ""]


NOT_OWNED = r"(?<!my )(?<!our )(?<!your )(?<!his )(?<!her )(?<!their )(?<!ur )"


def _names_as_spelled(text: str, names: tuple[str, ...]) -> str:
    """'the nurses on 5 west took care' -> 'the nurses on 5 West took care' when a giver is 'the nurses on 5 West'."""
    for name in names:
        if len(name) > 2 and name.lower() in text.lower() and name not in text:  # "my mom" stays a mom
            text = re.sub(NOT_OWNED + r"\b" + re.escape(name) + r"\b", name.replace("\\", r"\\"), text, flags=re.I)
    return text


def _name_words(names: tuple[str, ...]) -> dict[str, str]:
    """The capitalised words of the moment's names: 'Paulo', 'Ferreira' (not 'the', 'West' is kept too)."""
    found = {}
    for name in names:
        for word in re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ'’-]+", name):
            if word[:1].isupper() and len(word) > 1 and not lexicon.parts(word.lower()):
                found[word.lower()] = word
    return found


@lru_cache(maxsize=256)
def _owner_words(names: tuple[str, ...]) -> dict[str, str]:
    """Every capitalised word of the moment's names, plain words too: 'bobs turkey' is Bob's, to Helen & Bob."""
    return {word.lower(): word for name in names for word in re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ'’-]+", name)
            if word[:1].isupper() and len(word) > 1}


def _drop_asides(chunks: list[list[str]]) -> list[list[str]]:
    kept = []
    for at, (lead, core, trail) in enumerate(chunks):
        if core.lower() in _asides():
            if kept and not kept[-1][2] and not trail and _core(chunks, at + 1) in CLAUSE_SUBJECTS:
                kept[-1][2] = ";"  # "slept 4 hrs straight ngl we both cried": two thoughts, the aside between them
                continue
            if kept and trail.strip(",;:"):
                kept[-1][2] = kept[-1][2].rstrip(",") + trail.lstrip(",")  # "mug lol." keeps its period
            elif kept and trail.strip() and not kept[-1][2]:
                kept[-1][2] = trail  # "my mom basically, you flew out": the comma stays
            elif kept and not kept[-1][2] and core.lower() in LAUGHS:
                kept[-1][2] = ";"  # "already dying lol my fault": a laugh ends a thought (dropped at the end)
            continue
        kept.append([lead, core, trail])
    if kept:
        kept[-1][2] = kept[-1][2].rstrip(",;:")
    return kept


CLAUSE_SUBJECTS = frozenset("i we she he they it i'm we're she's he's they're it's".split())


def _proper_phrases(chunks: list[list[str]]) -> None:
    """'new years eve' -> "New Year's Eve", 'kitchenaid' -> 'KitchenAid' (the data list's spellings)."""
    i = 0
    while i < len(chunks):
        for n in range(min(_longest_proper(), len(chunks) - i), 0, -1):
            span = chunks[i:i + n]
            if any(c[2] and j < n - 1 for j, c in enumerate(span)):
                continue  # punctuation inside: not one phrase
            key = tuple(c[1].lower().replace("’", "'") for c in span)
            spelled = _proper().get(key)
            if spelled and (n > 1 or spelled != span[0][1] or spelled.islower()):  # "sitting shiva", "chai": as listed
                chunks[i][1] = spelled
                chunks[i][2] = span[-1][2]
                for c in span[1:]:
                    c[0] = c[1] = c[2] = ""
                chunks[i].append("fixed")
                i += n - 1
                break
        i += 1


PLACE_CUES = frozenset(word_list("place_cues"))


@cache
def _place_lines() -> tuple[str, str]:
    """data/words/places.txt as typed and in lower case: 32,000 places found by a substring search (read only
    for a fact that may name one; no dictionary to build for the one or two look-ups a batch makes)."""
    text = "\n" + data.path("words/places.txt").read_text(encoding="utf-8")
    lower = text.lower()
    return (text, lower) if len(lower) == len(text) else (text.casefold(), text.casefold())


def is_place(word: str) -> bool:
    """Whether a word is a place on the list ('Austin', 'Oslo')."""
    return bool(_place_name(word.lower()))


def _place_name(typed: str) -> str:
    """'baton rouge' -> 'Baton Rouge'; '' for no place on the list."""
    text, lower = _place_lines()
    at = lower.find(f"\n{typed}\n")
    return text[at + 1:at + 1 + len(typed)] if at >= 0 else ""


def _places(chunks: list[list[str]]) -> None:
    """'relocation to zurich', 'christmas in hilo', 'from baton rouge': a place typed in lower case after a
    word that leads to one. A one-word place is capitalised only when no dictionary has the word ('in cork'
    stays as typed: cork is a word too)."""
    for i in range(1, len(chunks)):
        if chunks[i - 1][1].lower() not in PLACE_CUES or chunks[i - 1][2] or len(chunks[i]) > 3:
            continue
        for n in (3, 2, 1):
            span = chunks[i:i + n]
            if len(span) < n or any(c[2] and j < n - 1 for j, c in enumerate(span)) or any(len(c) > 3 for c in span) \
                    or not all(c[1].isalpha() and c[1].islower() for c in span):
                continue
            typed = [c[1] for c in span]
            if n == 1 and (len(typed[0]) < 4 or lexicon.known(typed[0])) or typed[0] in CLOSED:
                continue  # "in time", "to the park": words, not a place
            spelled = _place_name(" ".join(typed))
            if not spelled:
                continue
            chunks[i][1], chunks[i][2] = spelled, span[-1][2]
            for c in span[1:]:
                c[0] = c[1] = c[2] = ""
            chunks[i].append("fixed")
            break


def _core(chunks: list[list[str]], i: int) -> str:
    if 0 <= i < len(chunks):
        return chunks[i][1].lower().replace("’", "'")
    return ""


def _next_word(chunks, i: int) -> str:
    """The next word, when no punctuation stands between."""
    return _core(chunks, i + 1) if i + 1 < len(chunks) and not chunks[i][2] else ""


def _read_word(chunks: list[list[str]], i: int, name_words: dict[str, str], owners: dict[str, str]) -> None:
    chunk = chunks[i]
    if len(chunk) > 3 or not chunk[1]:
        return  # already spelled by the data list
    core = chunk[1]
    low = core.lower().replace("’", "'")
    if not WORD.match(core):
        if core == low and low not in _forms() and MODEL_NUMBER.fullmatch(low):
            _model_named(chunks, i)  # "a pentax k1000": a Pentax K1000
            return
        if core != low or low not in _forms():
            return
        chunk[1] = _forms()[low]  # "b4", "2nite": a texting form with a digit in it
        return
    if len(core) > 1 and core.isupper():
        return  # "RN", "ICU": typed in capitals on purpose, never "right now"
    if i and low in _forms() and chunks[i - 1][2] in ("", ".") and _core(chunks, i - 1).rstrip(".") in _name_titles() \
            and (len(low) > 1 or _core(chunks, i - 1).rstrip(".") in word_list("titles")):  # "my son w fractions"
        chunk[1] = core[:1].upper() + core[1:]  # "cousin ty", "uncle min": a name after the word for who they are, never
        return  # "thank you" or "minutes"
    fixed = (_texting(chunks, i, low) or _apostrophe(chunks, i, low, owners) or _misspelled_ing(low)
             or _drawn_out(low))
    if fixed:
        chunk[1] = _same_start(core, fixed)
        if fixed.endswith(".") and chunk[2].startswith("."):
            chunk[2] = chunk[2][1:]  # "mr." is "Mr.", not "Mr.."
        return
    if low in I_FORMS:
        chunk[1] = I_FORMS[low]
        return
    if core != low:
        return  # typed with capitals: the person's own spelling
    if low in _typing().get("months", ()) and (_core(chunks, i - 1) in _typing().get("month_cues", ())
                                              or not chunk[2] and DAY_OF_MONTH.match(_next_word(chunks, i))
                                              and _core(chunks, i - 1) not in SUBJECT_WORDS | {"i", "to"}):
        chunk[1] = low.capitalize()  # "through march", "in may", "march 14th"
        return
    if low in _typing()["day_short"] and _core(chunks, i - 1) in word_list("day_cues") and i:
        chunk[1] = _typing()["day_short"][low]  # "every tues", "on wed": Tuesday, Wednesday
        chunk[2] = chunk[2].removeprefix(".")
        return
    if low in _typing().get("month_short", {}) and (_core(chunks, i - 1) in _typing().get("month_cues", ())
                                                    or low in _typing().get("month_short_always", ())
                                                    or _next_word(chunks, i)[:1].isdigit()):  # "jan 5"
        chunk[1] = _typing()["month_short"][low]  # "in feb" -> "in February"
        chunk[2] = chunk[2].removeprefix(".")  # "in Jan." keeps no period of its own
        return
    if low in owners and not chunks[i][2] and _moment_of(chunks, i):
        chunk[1] = owners[low]  # "ray carving the turkey", to Uncle Ray: Ray did (a name that is a word too)
        return
    chunk[1] = _proper_case(chunks, i, low, name_words) or core


def _moment_of(chunks, i: int) -> bool:
    """'ray carving the turkey': a word opening a fact, then what the one it names was doing."""
    nxt = _next_word(chunks, i)
    return i == 0 and nxt.endswith("ing") and lexicon.is_form(nxt, "VBG")


MODEL_NUMBER = lazy_regex(r"[a-z]{1,3}-?\d{1,5}[a-z]?", re.I)  # "k1000", "X100V", "ps5"


def _model_named(chunks: list[list[str]], i: int) -> None:
    """'k1000', 'x100v', 'ps5': a model number is written in capitals, and a word no dictionary knows right
    before it is the maker's name ('pentax k1000': Pentax K1000)."""
    core = chunks[i][1]
    plural = core.endswith("s") and core[-2:-1].isdigit()  # "u12s": the under-12s
    chunks[i][1] = core[:-1].upper() + "s" if plural else core.upper()
    before = chunks[i - 1] if i and not chunks[i - 1][2] else None
    if before and len(before) == 3 and before[1].isalpha() and before[1].islower() and before[1] not in CLOSED \
            and not lexicon.known(before[1]):
        before[1] = before[1].capitalize()


DRAWN_OUT = lazy_regex(r"([a-z])\1\1+")


def _drawn_out(low: str) -> str | None:
    """'soooo' -> 'so', 'yesss' -> 'yes', 'coool' -> 'cool': a letter held for emphasis, back to a word."""
    if not DRAWN_OUT.search(low):
        return None
    for size in (r"\1\1", r"\1"):
        word = DRAWN_OUT.sub(size, low)
        if lexicon.known(word) or word in CLOSED:
            return word
    return None


def _same_start(typed: str, fixed: str) -> str:
    if typed[:1].isupper() and fixed[:1].islower():
        return fixed[:1].upper() + fixed[1:]
    return fixed


BEING_SOMEWHERE = frozenset("back home here there free done ready around over settled".split())


def _opened_by_when(chunks, i: int) -> bool:
    """'when ur back well do dinner': the words before `i` are a clause of time, so a main clause follows."""
    return any(_core(chunks, j) in CLAUSE_OPENERS for j in range(max(0, i - 4), i))


def _texting(chunks, i: int, low: str) -> str | None:
    if low == "ur":
        nxt, after = _next_word(chunks, i), _next_word(chunks, i + 1)
        if nxt == "been":
            return "you've"  # "ur been hunting for it": you've been
        if _all_doing(nxt, after):
            return "you're"  # "ur all getting one", "ur all invited"
        if i and _core(chunks, i - 1) in PREPOSITIONS and not chunks[i - 1][2]:
            return "your"  # "songs for ur commute": after a preposition, a thing of yours
        if nxt.endswith("ing") and lexicon.is_form(nxt, "VBG"):  # "ur doing great": you're doing; "ur cooking is
            return "your" if after in ("is", "was", "has") or lexicon.is_form(after, "VBZ") else "you're"  # the best"
        if _core(chunks, i - 1) in CLAUSE_OPENERS and nxt in BEING_SOMEWHERE:
            return "you're"  # "when ur back well do dinner": when you're back ("back well" describes nothing)
        if _describes_a_thing(nxt, after):
            return "your"  # "ur homemade pierogi": a thing of yours, not "you're homemade"
        if _core(chunks, i - 1) in CLAUSE_OPENERS and set(lexicon.parts(nxt)) != {"NOUN"}:
            return "you're"  # "when ur back": a subject and its verb; "when ur mom visits" stays "your"
        return "you're" if _reads_as_be(nxt) else "your"
    if low == "your":
        nxt = _next_word(chunks, i)  # "next trip your coming with us": you're coming (not "your cooking")
        if nxt.endswith("ing") and lexicon.is_form(nxt, "VBG") and _next_word(chunks, i + 1) in GOING_ON:
            return "you're"
        if _all_doing(nxt, _next_word(chunks, i + 1)):
            return "you're"  # "your all getting one": you're all getting one
        return "you're" if nxt in YOURE_DOING else None  # "your doing great": you're doing
    if low == "were" and 0 < i <= 3 and _core(chunks, 0) in TIME_LEADS | {"this", "that"} \
            and _next_word(chunks, i).endswith("ing") and not any(_core(chunks, j) in SUBJECT_WORDS for j in range(i)):
        return "we're"  # "next summer were bringing the kayaks": we're (no one else is there to be "were")
    if low == "v" and "ADJ" in lexicon.parts(_next_word(chunks, i)) and not chunks[i][2]:
        return "very"  # "v proud of it": very proud
    if low == "lets" and i == 0 and not chunks[i][2]:
        nxt = _next_word(chunks, i)  # "lets do it again soon": let's
        return "let's" if nxt and nxt in lexicon.parts(nxt).get("VERB", ()) and nxt not in CLOSED else None
    if low == "well" and (i == 0 or _core(chunks, i - 1) in ("and", "so", "then", "but")
                          or _core(chunks, i - 1) in BEING_SOMEWHERE and _opened_by_when(chunks, i)) and not chunks[i][2]:
        nxt = _next_word(chunks, i)  # "come over and well show off": we'll
        return "we'll" if nxt and nxt in lexicon.parts(nxt).get("VERB", ()) and nxt not in CLOSED else None
    if low == "ill" and i > 1 and _core(chunks, i - 1) not in NOT_BEFORE_ILL and not chunks[i - 1][2] \
            and _core(chunks, i - 1) not in CLOSED and _next_word(chunks, i) in ("keep", "let", "send", "call", "text",
                                                                              "see", "be", "bring", "come", "update"):
        chunks[i - 1][2] = ";"  # "decisions come out in april ill keep u posted": April; I'll keep you posted
        return "I'll"
    if low == "id" and i == 0 and not chunks[i][2] and lexicon.is_form(_next_word(chunks, i), "VBN"):
        return "I'd"  # "id built something similar": I'd built
    if low == "r" and _core(chunks, i - 1) in ("my", "in", "with", "of", "an", "our", "and"):
        return "R"  # "all my r work", "fluent in r": the language, never "are"
    if low == "r" and i and _owner_r(_core(chunks, i - 1), _next_word(chunks, i)):
        return "our"  # "the blue matches r kitchen tiles": our tiles, never "matches are kitchen tiles"
    if low == "id" and _core(chunks, i - 1) not in POSSESSIVE_WORDS | {"a", "an", "the", "this", "your"} and not chunks[i][2] \
            and (_participle_only(_next_word(chunks, i)) or _next_word(chunks, i) in ("still", "never", "always", "rather")
                 and _next_word(chunks, i + 1) in ("be", "have", "rather", "get", "go", "never")):
        return "I'd"  # "caught that id written 2025": I'd written (an ID is never "written" right after)
    if low in ("ill", "id") and (i == 0 or _core(chunks, i - 1) in ("and", "so", "then", "but")
                                 or low == "id" and _core(chunks, i - 1) in SAYING) and not chunks[i][2]:
        nxt = _next_word(chunks, i)  # "ill fill the tank": I'll, at the start and before a verb
        if nxt and lexicon.parts(nxt).get("VERB") and nxt in lexicon.parts(nxt).get("VERB", ()) \
                and nxt not in CLOSED and (not lexicon.is_past(nxt) or lexicon.lemma(nxt) == nxt):  # "ill let"
            return "I'll" if low == "ill" else "I'd"
        return None
    if low == "were" and i and not chunks[i - 1][2] and not chunks[i][2] and _singular_noun(_core(chunks, i - 1)) \
            and lexicon.is_form(_next_word(chunks, i), "VBG"):
        return "we're"  # "the first thing were making": no "thing were", so the thing we're making
    if low == "were" and (i == 0 or chunks[i - 1][2].endswith((",", ";"))) and not chunks[i][2]:
        nxt = _next_word(chunks, i)  # "were saving it for a house": no subject, so we're (not a past)
        return "we're" if nxt == "gonna" or nxt.endswith("ing") and lexicon.is_form(nxt, "VBG") else None
    if low == "its":
        nxt = _next_word(chunks, i)
        if nxt and nxt.endswith("ing") and lexicon.is_form(nxt, "VBG") and _next_word(chunks, i + 1) in PREPOSITIONS:
            return "it's"  # "its sitting on my desk": a verb going on, not "its sitting room"
        if nxt in ("kind", "sort") and _next_word(chunks, i + 1) == "of":
            return "it's"  # "its kind of our thing"
        if nxt == "way" and _comparative(_next_word(chunks, i + 1)):
            return "it's"  # "its way stronger": it's (never "on its way")
        if nxt in IT_IS_BEFORE:
            return "it's"  # "its all the songs from our road trip", "its the best", "its my favorite"
        if nxt[:1].isdigit() and i == 0:
            return "it's"  # "its 4 hrs long": a measure of it, never its fourth
        after = _next_word(chunks, i + 1)
        if nxt and "ADJ" in lexicon.parts(nxt) and (not after or after in DETERMINERS or after in ("and", "but")):
            return "it's"  # "its blue my fav color", "its huge": said of it, not its blue cover
        if i == 0 and nxt and nxt != "own" and "ADJ" in lexicon.parts(nxt) and after and \
                (i + 3 >= len(chunks) or chunks[i + 2][2].strip()):  # "its real cedar, the whole porch smells"
            return "it's"  # a whole typed fact opening on what it is, not on its part
        return "it's" if nxt and nxt != "own" and _reads_as_be(nxt) else None
    if low in ("mr", "mrs", "ms", "dr"):  # "dr patel", "dr. patel"; "the dr said" is no title
        raw = chunks[i + 1][1] if i + 1 < len(chunks) and chunks[i][2] in ("", ".") else ""
        named = raw[:1].isupper() or not lexicon.known(raw) or low != "dr" and is_given_name(raw)
        return _forms().get(low) if named else None  # "the dr said": "said" is no name after "dr"
    return _forms().get(low)


def _all_doing(nxt: str, after: str) -> bool:
    """'all getting one', 'all invited': "you're all", never "your all"."""
    return nxt == "all" and (after.endswith("ing") and lexicon.is_form(after, "VBG") or lexicon.is_form(after, "VBN"))


def _owner_r(before: str, nxt: str) -> bool:
    """'r' between a verb or a preposition and a noun ('matches r tiles', 'at r place') is "our"."""
    if not nxt or "NOUN" not in lexicon.parts(nxt) or before in SUBJECT_WORDS or nxt in NOT_OWNED_AFTER_R:
        return False  # "waffles r now my job": are, then how it is
    return before in PREPOSITIONS or before == "to" or lexicon.is_form(before, "VBZ") or lexicon.is_past(before)


SUBJECT_WORDS = frozenset("u you we they these those who".split())
NOT_OWNED_AFTER_R = frozenset("now still always never so too really just not ready done here there all".split())


def _describes_a_thing(word: str, after: str) -> bool:
    """'homemade pierogi', 'famous lasagna': an adjective and then the noun it describes."""
    if not word or not after or after in CLOSED or after in PREPOSITIONS or after in DETERMINERS:
        return False
    pos, after_pos = lexicon.parts(word), lexicon.parts(after)
    if "ADJ" not in pos or after in _forms() or after == "to":
        return False
    return "NOUN" in after_pos or not after_pos  # "new place"; "pierogi", a word the lexicon lacks


def _reads_as_be(nxt: str) -> bool:
    """After 'ur'/'its': 'the best', 'so kind', 'amazing', 'folded', 'on my desk' read as you're/it's."""
    if not nxt:
        return False
    if nxt in DETERMINERS or nxt in PREPOSITIONS or nxt in CLOSED or nxt in INTENSIFIERS:
        return True  # "its super slow", "ur so sweet"
    pos = lexicon.parts(nxt)
    if not pos:
        return False
    if "NOUN" in pos:
        return False
    return True


def _apostrophe(chunks, i: int, low: str, names: dict[str, str] | None = None) -> str | None:
    """'grandmas pozole' -> "grandma's pozole", 'peanuts floppy ear' -> "Peanut's floppy ear",
    'after there first winter' -> 'after their first winter'."""
    names = names or {}
    nxt = _next_word(chunks, i)
    prev = _core(chunks, i - 1)
    if low == "there" and nxt and nxt not in TIME_LEADS and (
            (prev in THEIR_AFTER or i == 0 or "VERB" in lexicon.parts(prev) and prev not in CLOSED)
            and _describes_a_noun(nxt, _next_word(chunks, i + 1))
            or _owner_of(nxt, _next_word(chunks, i + 1))):
        return "their"  # "migrating there batch pipelines": their pipelines; "going there next week" stays
    if not low.endswith("s") or len(low) < 4 or "'" in low:
        return None
    stem = low[:-1]
    if stem in kin() and prev in ("at", "to", "from", "over") and (not nxt or nxt in PREPOSITIONS):
        return stem.capitalize() + "'s"  # "see u at grandmas for christmas": at Grandma's (house)
    if stem in kin() and prev in ("my", "our") and _core(chunks, i - 2) in ("at", "to", "from", "over") \
            and (not nxt or nxt in PREPOSITIONS):
        return stem + "'s"  # "at my sisters for Thanksgiving": at my sister's
    if not nxt:
        return None
    if stem in names and nxt not in CLOSED and (not _is_verb_only(nxt)
                                                or "NOUN" in lexicon.parts(_next_word(chunks, i + 1))):
        return names[stem] + "'s"  # "marcos turkey", to Tia and Marco: Marco's turkey
    if prev in ("every", "each", "one") and _plural_of_noun(low, stem) and "NOUN" in lexicon.parts(nxt):
        return stem + "'s"  # "every kids name": one kid's name ("a payments system" is a kind of system)
    if low in _time_units() and nxt in _time_possessed():
        # "my first months rent" -> "month's rent"; "two weeks notice" -> "two weeks' notice"
        return low + "'" if prev in NUMBER_WORDS or prev[:1].isdigit() or prev in ("few", "several") else stem + "'s"
    if stem not in kin() and prev not in DETERMINERS and is_given_name(stem) and nxt in kin():
        return stem.capitalize() + "'s"  # "toms dad": Tom's dad
    if prev in ("of", "from", "at", "in", "to", "over") and is_given_name(stem) and not lexicon.known(low) and nxt not in CLOSED \
            and "NOUN" in lexicon.parts(nxt) and not _is_verb_only(nxt):
        return stem.capitalize() + "'s"  # "a box of barrys tea": Barry's tea
    if prev == "the" and stem in word_list("pets") and set(lexicon.parts(nxt)) == {"NOUN"} and nxt not in CLOSED:
        return stem + "'s"  # "stealing the cats food": the cat's food
    if low in word_list("plural_kin") and prev == "the":
        if (lexicon.lemma(_core(chunks, i - 2)) or _core(chunks, i - 2)) in GIVING_VERBS:
            return None  # "teaching the kids poker": the kids are taught, they own no poker
        return low + "'" if _owned_next(chunks, i) else None  # "the moms group": the moms' group, not one mom's
    if stem in kin() and nxt not in CLOSED and nxt not in VERBS_AFTER_A_SUBJECT and (not _is_verb_only(nxt)
                                               or "NOUN" in lexicon.parts(_next_word(chunks, i + 1))):
        owner = stem if prev in DETERMINERS or _modified(chunks, i) else stem.capitalize()  # "her late husbands"
        return owner + "'s"
    if (prev not in DETERMINERS and nxt not in CLOSED and _plural_of_noun(low, stem) and _only_adjective(nxt)
            and nxt not in ORDER_WORDS and "NOUN" in lexicon.parts(_next_word(chunks, i + 1))):
        return stem.capitalize() + "'s"  # a bare singular owner is a name: "Peanut's floppy ear"
    if prev in DETERMINERS and nxt not in CLOSED and not lexicon.known(low) and "NOUN" in lexicon.parts(stem) \
            and "NOUN" in lexicon.parts(nxt) and not {"ADJ", "ADV"} & set(lexicon.parts(nxt)):  # "the zinnias first"
        return stem + "'s"  # "the babys name": no such word as "babys", so the baby's name
    if low in word_list("plural_kin") and prev in POSSESSIVE_WORDS | {"the"} and _owned_next(chunks, i):
        return low + "'"  # "my parents house": my parents' house ("my parents visit every year" stays)
    if (prev in POSSESSIVE_WORDS and _plural_of_noun(low, stem) and _only_adjective(nxt) and nxt not in CLOSED
            and nxt != "so" and nxt not in ORDER_WORDS  # "my interviews next week": when, not whose
            and "NOUN" in lexicon.parts(_next_word(chunks, i + 1))):
        return low + "'"  # "their kids old clothes": the kids' old clothes
    return None


NUMBERED_PLACE = lazy_regex(r"\b(station|engine|ladder|ward|terminal|gate|pier|hangar|precinct|platform|route|highway)"
                            r"(\s+\d+)\b")
# In a sentence only the short forms, less "dr" ("saw dr patel"): "a dirt road" is no street's name.
STREET = lazy_regex(r"\b([a-z0-9]+|[A-Z][a-z]+) (st|ave|rd|blvd|ln)\b(?![.'’])")


def _street(m: re.Match) -> str:
    name = m.group(1)
    if name.lower() in CLOSED:
        return m.group(0)
    return f"{name[:1].upper()}{name[1:]} {STREETS[m.group(2)]}"


DONT_TELL = lazy_regex(r"^don['’]?t tell (?:him|her|them|anyone)\b[\s,]*(?:but\s+|lol\s+)?", re.I)
IS_A_DATE = lazy_regex(r"\b(is|was) ((?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December) \d)")
SAID_AT_END = lazy_regex(r"(?<!\bwhat)(?<!\bas)(?<!\bthat)\s+(?:she|he|they)\s+said$", re.I)
I_THINK_BEFORE_A_COMMA = lazy_regex(r"\s+i think(?=,)", re.I)
EVERYONE_AFTER = lazy_regex(r", (everyone|everybody) (?=(?:was|were|is|had|has|started|laughed|cried|loved|said)\b)")
BECAUSE_A_THING = lazy_regex(r"\s+because\s+(?:the|those|these|so many)\s+\w+[!.]*$")
IT_THEN_MY_DOING = lazy_regex(r"^((?:[Ii]t|[Tt]hey)['’](?:s|re))( [^,;]+), (trying|hoping|planning|learning|working|"
                              r"figuring)\b")
SAINT_BEFORE_A_NAME = lazy_regex(r"\bst\.?\s+(?=[A-Z][a-z])")
ROAD_NUMBER = lazy_regex(r"\b(?:rt|rte|hwy)\.?(?=\s+\d+\b)", re.I)
FINAL_ASIDES = tuple(f" {a}" for a in word_list("final_asides"))
QUOTES = "'‘’\""
DAY_OF_MONTH = lazy_regex(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
IDK_ASIDE = lazy_regex(r"(?<=\s)idk\s+(?!(?:if|whether|what|who|how|why|where|when|which|about|abt)\b)", re.I)
UNSURE_AT_END = lazy_regex(r"[\s,;.!-]+(?:(?:which|that)\s+)?(?:idk|i dunno|dunno|not sure|i'?m not sure)\s+(?:if|whether)\s+.*$",
                           re.I)  # ", which idk if he would have": the doubt and what it was said of
THANKS_TO_SOMEONE = lazy_regex(r"[\s,.!]+(?:thx|thanks|ty|tysm)\s+(?:to\s+)?[a-z]+[!.]*$", re.I)
KIN_OWNS = lazy_regex(r"\b(was|were|is|are|been)\s+((?:her|his|my|our|their|your)\s+)?(mom|dad|mum|grandma|grandpa|nana|"
                      r"papa|granny|mother|father|grandmother|grandfather)s\b"
                      r"(?=\s*$|[,.;!?]|\s+(?:when|before|as|growing|back|in|and|until|since)\b)", re.I)
NEVER_READ = lazy_regex(r"[\s,;.!-]*(?:\b(?:lol|haha|lmao)\s+)?\b(?:she|he|they|u|you)(?:'ll|’ll|ll| will)?\s+"
                        r"(?:prob(?:ably)?\s+)?(?:never|won'?t|not)\s+(?:even\s+)?(?:read|see|notice)\s+(?:this|it)\b.*$", re.I)
OFF_THE_REGISTRY = lazy_regex(r"(?:,\s*|\s+|^)\b(?:off|from|on)\s+(?:the|our|my)\s+(?:wedding\s+|baby\s+)?registry\b(?=\s*,|\s*$)",
                              re.I)  # its comma stays: "group gift off the registry, the red one": "group gift, the red one"
NEVER_THANKED = lazy_regex(r",?\s+(?:and|but|&)\s+(?:i|we)\s+never\s+(?:said|sent|wrote|got around to)\s+"
                           r"(?:thanks|thx|ty|thank you|a (?:thank you |thank-you )?(?:note|card))\b.*$", re.I)


def _without_final_aside(text: str) -> str:
    for aside in FINAL_ASIDES:
        if text.lower().endswith(aside) and len(text) > len(aside) + 3:
            return text[: -len(aside)].rstrip(" ,;-")
    return text


def _said_or_did(word: str) -> bool:
    """'say', 'said', 'loved': a verb two named children share ('matei and ana say ...')."""
    return bool(word) and (word in lexicon.parts(word).get("VERB", ()) or lexicon.is_past(word)) and word not in CLOSED


SAINTS_OWN = lazy_regex(r"\bSt\. ([A-Z][a-z]+)s\b(?!')")


def _saints_own(m: re.Match) -> str:
    return f"St. {m.group(1)}'s" if is_given_name(m.group(1).lower()) else m.group(0)


def with_saints_owned(text: str) -> str:
    """'St. Brigids Academy' -> "St. Brigid's Academy": a saint's name owns what is named for her."""
    return SAINTS_OWN.sub(_saints_own, text) if "St. " in text else text


def _day_at_end(text: str) -> str:
    """'dinner party sat' -> 'dinner party on Saturday': a day typed short after a thing (never 'where I sat')."""
    head, _, day = text.rpartition(" ")
    before = head.rsplit(" ", 1)[-1].lower()
    if before in ("me", "us") and head.lower().rsplit(" ", 2)[-2:-1] == ["on"]:
        return f"{head} on {_typing()['day_short'][day.lower()]}"  # "dinner on me fri": on me, on Friday
    if before in CLOSED or "NOUN" not in lexicon.parts(before) or lexicon.is_past(before):
        return text
    return f"{head} on {_typing()['day_short'][day.lower()]}"


def _comparative(word: str) -> bool:
    """'stronger', 'better', 'more': a comparison."""
    return word in ("better", "worse", "more", "less", "too") or (word.endswith("er") and lexicon.lemma(word, "ADJ") not in (None, word))


def _participle_only(word: str) -> bool:
    """'written', 'been', 'forgotten': a past participle that is no simple past."""
    return bool(word) and lexicon.is_form(word, "VBN") and not lexicon.is_past(word)


GIVING_VERBS = frozenset("teach show give buy make bring read tell get send cook bake sing hand".split())
SAYING_VERBS = frozenset("said says told asked asks wanted wants thinks thought loved loves drew".split())
ORDER_WORDS = frozenset("first second third last next final".split())  # "all 4 sections first try": when, not whose


def _singular_noun(word: str) -> bool:
    """'thing', 'one': a noun no plural verb can follow ('the kids were' is fine)."""
    parts = lexicon.parts(word)
    return word in ("thing", "one") or (set(parts) == {"NOUN"} and not word.endswith("s") and not is_given_name(word))


def _owned_next(chunks, i: int) -> bool:
    """'parents house.', 'kids room is': a thing owned next, not a verb and its object ('kids love the',
    'the kids beat nana': a past verb)."""
    nxt, after = _next_word(chunks, i), _next_word(chunks, i + 1)
    return bool(nxt) and nxt not in CLOSED and "NOUN" in lexicon.parts(nxt) and not _is_verb_only(nxt) \
        and nxt not in _forms() and not nxt.endswith("ing") and nxt not in TIME_LEADS and not lexicon.is_past(nxt) \
        and after not in DETERMINERS and after not in CLOSED | {"it", "them", "me", "us", "you", "him", "her"}


@cache
def _surname_words() -> frozenset[str]:
    return frozenset(_typing().get("surnames_also_words", ()))


@cache
def _time_units() -> frozenset[str]:
    return frozenset(_typing().get("time_units", ()))


@cache
def _time_possessed() -> frozenset[str]:
    return frozenset(_typing().get("time_possessed", ()))


NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve".split())
# Family words used as names ("Mom went home", "visited Mom"); "my mom" keeps its lower case.
TITLED = frozenset("mr mrs ms dr prof".split())  # typed before a surname
NAMED_KIN = word_list("named_kin")
POSSESSIVE_WORDS = frozenset("my your our his her their".split())


def _owner_of(word: str, after: str) -> bool:
    """'there kids were great': a plural noun and then its verb, so 'there' was 'their'."""
    return word.endswith("s") and "NOUN" in lexicon.parts(word) and after in ("were", "are", "have", "had")


def _describes_a_noun(word: str, after: str) -> bool:
    pos = lexicon.parts(word)
    if not pos or word in CLOSED:
        return False
    if "ADJ" in pos and "NOUN" in lexicon.parts(after):
        return True
    if "NOUN" in pos and after.endswith("s") and "NOUN" in lexicon.parts(after) and "AUX" not in lexicon.parts(after):
        return True  # "batch pipelines": a noun before the plural noun it names
    return "NOUN" in pos and "VERB" not in pos and "AUX" not in pos


def _plural_of_noun(word: str, stem: str) -> bool:
    return stem in lexicon.parts(word).get("NOUN", ()) and word != stem


def _only_adjective(word: str) -> bool:
    pos = lexicon.parts(word)
    return "ADJ" in pos and "VERB" not in pos


def _is_verb_only(word: str) -> bool:
    pos = lexicon.parts(word)
    return bool(pos) and set(pos) <= {"VERB", "AUX", "ADV"}


def _misspelled_ing(low: str) -> str | None:
    """'useing' -> 'using', 'makeing' -> 'making': the -e kept before -ing, when the lexicon says so;
    'puttin', 'plantin' -> 'putting', 'planting': the g dropped as people say it."""
    if low.endswith("in") and len(low) > 4 and not lexicon.known(low) and lexicon.is_form(low + "g", "VBG"):
        return low + "g"
    if not low.endswith("eing") or len(low) < 6 or lexicon.known(low):
        return None
    stem = low[:-4]
    right = lexicon.verb_forms(stem + "e").get("VBG")
    return right if right == stem + "ing" else None


def _proper_case(chunks, i: int, low: str, name_words: dict[str, str]) -> str | None:
    if len(low) == 1 and low.isalpha() and i and _core(chunks, i - 1).rstrip(".") in TITLED and chunks[i - 1][2] in ("", "."):
        return low.upper()  # "mrs g made pancakes": Mrs. G
    if low in CLOSED or len(low) < 2:
        return None
    if i and _core(chunks, i - 1).rstrip(".") in TITLED and chunks[i - 1][1][:1].isupper() \
            and chunks[i - 1][2] in ("", "."):
        return name_words.get(low) or low.capitalize()  # "mr delgado": a surname after a title
    if low in name_words:
        return name_words[low]
    if low.endswith("'s") and low[:-2] in name_words:
        return name_words[low[:-2]] + "'s"
    spelled = lexicon.proper(low)
    if spelled and _core(chunks, i - 1) in ("a", "an") and is_place(low):
        spelled = None  # "in a kazan": a pot, not the city ("on a sunday" is still Sunday)
    if spelled:
        return spelled
    if 2 < len(low) < 6 and low.isalpha() and not (VOWEL_SET & set(low)) and not lexicon.known(low) \
            and set(lexicon.parts(_next_word(chunks, i))) == {"NOUN"}:  # "migrating to dbt": a tool's own spelling
        return low.upper()  # "pnp certification", "fmla paperwork": letters, said one by one, before a noun
    if low in PLACE_HEADS and chunks[i][2] == "" and _a_place_next(chunks, i):
        return low.capitalize()  # "lake erie", "mount hood": the head of a place's name
    if (_core(chunks, i - 1) in ("see", "seeing") or _core(chunks, i - 1) == "at" and _core(chunks, i - 2) in AT_WORK) \
            and not lexicon.known(low) and not _next_word(chunks, i) and len(low) > 3 and low.isalpha() \
            and low not in PRONOUNS:
        return low.capitalize()  # "my new job at rivian", "tickets to see khruangbin": a name no dictionary has
    if low in kin() and i + 1 < len(chunks) and not chunks[i][2] and not _modified(chunks, i) \
            and (chunks[i + 1][1][:1].isupper()
                                                                       or _a_name_next(chunks, i)
                                                                       or chunks[i + 1][1].lower().removesuffix("'s")
                                                                       in name_words):
        return low.capitalize()  # "uncle Joe's jokes": a title before a name
    if low in NAMED_KIN or low.removesuffix("'s") in NAMED_KIN:
        return low.capitalize() if not _modified(chunks, i) else None  # "visited mom", "grandpa's old boat"
    if low in kin():
        return low.capitalize() if _name_position(chunks, i) else None
    if _core(chunks, i + 1) == "and" and not chunks[i][2] and is_given_name(_next_word(chunks, i + 1)) \
            and not lexicon.known(low) and not _modified(chunks, i) \
            and (is_given_name(low) or low.isalpha() and len(low) > 2 and _said_or_did(_next_word(chunks, i + 2))):
        return low.capitalize()  # "picked up bo and lila", "matei and ana say": two children named, one maybe unlisted
    if _next_word(chunks, i) in SAYING_VERBS and not chunks[i][2] and _core(chunks, i - 1) not in DETERMINERS \
            and _core(chunks, i - 1) not in PREPOSITIONS and is_given_name(low):
        return low.capitalize()  # "ruby said they made slime": Ruby, who said it
    if _core(chunks, i - 1) == "name" and chunks[i - 1][2] in (",", ":") and is_given_name(low):
        return low.capitalize()  # "a plaque with his name, theodore"
    if _core(chunks, i - 1) in ("little", "lil", "baby", "big", "sweet") and not lexicon.known(low) \
            and is_given_name(low):
        return low.capitalize()  # "little theo": a name said fondly
    if (_core(chunks, i - 1) in kin() or _core(chunks, i - 1) in SPOUSES or _core(chunks, i - 1) in word_list("pets")) \
            and is_given_name(low.removesuffix("'s")) \
            and (low.endswith("'s") or not lexicon.known(low)
                 or not _next_word(chunks, i) and _core(chunks, i - 1) in SPOUSES
                 or _core(chunks, i - 1) in NAMED_KIN | {"uncle", "aunt", "auntie", "cousin"} and not chunks[i - 1][2]
                 and (lexicon.is_past(_next_word(chunks, i)) or not _next_word(chunks, i))):  # never "my son Will be there"
        return low[:1].upper() + low[1:]  # "your daughter iris's graduation": Iris, a name after who she is
    if len(low) > 2 and not _modified(chunks, i) and (not lexicon.known(low) or _name_position(chunks, i)) \
            and "ADJ" not in lexicon.parts(low) \
            and not (lexicon.is_past(low) and _core(chunks, i - 1) in ADVERBS_AFTER_A_SUBJECT):  # "it just said": a verb
        if is_given_name(low):  # the list is read only for words that may be names
            return low.capitalize()  # "with rosa", "since ray passed"; not "a chai latte"
    base = low.removesuffix("'s")
    if base != low and len(base) > 2 and not _modified(chunks, i) and is_given_name(base):
        return base.capitalize() + "'s"  # "the story about josh's first goal", "tom's dad"
    return None


ADVERBS_AFTER_A_SUBJECT = frozenset("just also even never always only really still then".split())  # "it just said"
QUOTED_AS_WRITTEN = word_list("quoted_as_written")
OPENING_QUOTES = ("'", '"', "“", "‘")
CLOSING_QUOTES = ("'", '"', "”", "’")
VOWEL_SET = frozenset("aeiouy")
SPOUSES = word_list("spouses")
AT_WORK = word_list("at_work")
PRONOUNS = frozenset("ours yours theirs hers mine".split())
PLACE_HEADS = word_list("place_heads")


def _a_place_next(chunks, i: int) -> bool:
    """'lake erie': the next word is a name the lexicon knows or the data list spells."""
    nxt = _core(chunks, i + 1)
    return bool(nxt) and (lexicon.proper(nxt) is not None or (nxt,) in _proper() or chunks[i + 1][1][:1].isupper())


def _a_name_next(chunks, i: int) -> bool:
    """'uncle ray', 'aunt rose': a name after the word; not 'my dad can' (Can is a name, "can" a verb here)."""
    nxt = _core(chunks, i + 1)
    return nxt not in VERBS_AFTER_A_SUBJECT and nxt not in CLOSED and is_given_name(nxt)


def _modified(chunks, i: int) -> bool:
    """A determiner or an adjective before a word makes it a common noun ('a chai latte', 'the ray')."""
    prev = _core(chunks, i - 1)
    if prev.endswith("'s"):
        return True  # "tom's dad": his dad, not Dad
    if prev.endswith("ing") and "VERB" in lexicon.parts(prev):
        return False  # "attending dads funeral": a verb and its object, not "an attending dad"
    if prev in ("one", "ones", "thing", "things", "way", "kind") and lexicon.is_past(_next_word(chunks, i)):
        return False  # "the chicken one grandma used to make": a relative clause, Grandma its subject
    if _core(chunks, i - 2) in ("a", "an", "the") and prev not in kin() and "NOUN" in lexicon.parts(prev) \
            and not chunks[i - 1][2] and not lexicon.is_past(_next_word(chunks, i)) \
            and _next_word(chunks, i) not in VERBS_AFTER_A_SUBJECT:
        return True  # "a brass diya": a thing of brass, not Diya ("the night theo had his scare": Theo)
    return prev in DETERMINERS or bool(prev and prev not in CLOSED and "ADJ" in lexicon.parts(prev))


def _name_position(chunks, i: int) -> bool:
    """'since ray passed', 'mom went home': a word with nothing before it but a small word (not a determiner,
    a noun or an adjective) and a verb after it is someone's name ('the ray of light', 'my mom went' and
    'state grant reports' are not)."""
    prev = _core(chunks, i - 1)
    if prev in DETERMINERS or (prev and prev not in CLOSED and {"NOUN", "ADJ"} & set(lexicon.parts(prev))):
        return False
    if prev in SUBJECT_WORDS or prev in ("i", "he", "she", "it"):
        return False  # "we will never forgive him", "we said": a verb after its subject, never Will or Said
    if prev in ("is", "was", "are", "were", "be", "been"):
        return False  # "whether the position is grant funded": a word that says what it is, not Grant
    nxt = _next_word(chunks, i)
    if prev in ("for", "to", "from") and (i + 1 == len(chunks) or chunks[i][2][:1] in (",", ".", "!")) \
            and not _core(chunks, i).endswith("s"):
        return True  # "a savings bond for lily", "a book for rose": a lily is never given to with no "a" nor "the"
    if not nxt or _core(chunks, i) in VERBS_AFTER_A_SUBJECT and nxt in lexicon.parts(nxt).get("VERB", ()):
        return False  # "will let her know": the verb, not Will
    if nxt in ("will", "would", "can", "could", "always", "never"):
        return True
    if lexicon.is_form(nxt, "VBZ") and "NOUN" in lexicon.parts(nxt):
        return False  # "reports", "sets": as likely a plural noun
    return lexicon.is_past(nxt) or lexicon.is_form(nxt, "VBZ")


# --- names of people and organisations ----------------------------------------------------------------

def tidy_org(text: str) -> str:
    """'city of oakdale parks dept' -> 'City of Oakdale Parks Department', 'UW genome sciences' -> 'UW Genome
    Sciences'; a word typed with capitals keeps them ('eBay'), and abbreviations are spelled out."""
    words = text.split()
    organization = {k.lower(): v for k, v in _typing().get("organization", {}).items()}
    out = []
    for n, word in enumerate(words):
        bare = word.rstrip(",.").lower()
        if bare in organization or word.lower() in organization:
            out.append(organization.get(word.lower(), organization.get(bare)) + word[len(bare):].lstrip("."))
        elif word.islower() and len(bare) <= 4 and bare.isalpha() and sum(c in "aeiou" for c in bare) <= 1 \
                and not lexicon.known(bare) and bare not in SMALL_WORDS and not is_given_name(bare) \
                and bare not in word_list("not_acronyms"):
            out.append(word.upper())  # "ucsf neurology", "motion pt", "ibew local 48": letters, said one by one
        elif word.islower() and n > 1 and words[n - 1] == "the" and words[n - 2] in ("at", "in", "on", "by") \
                and bare in COMMON_PLACES:
            out.append(word)  # "apple store at the mall": where it is, not part of its name
        elif word.islower():  # "UW genome sciences": the words typed in lower case are the name's too
            out.append(word if (n and word in SMALL_WORDS) else _title(word))
        else:
            out.append(word)
    return with_saints_owned(" ".join(out))  # "St. Brigids Academy": St. Brigid's


COMMON_PLACES = frozenset("mall airport station corner square harbor harbour beach park plaza center centre".split())


def role_acronyms(role: str) -> str:
    """'rn - cardiac stepdown' -> 'RN - cardiac stepdown': a job named by its letters, in capitals (which tidy keeps)."""
    return ROLE_ACRONYM.sub(lambda m: m.group(0).upper(), role) if role.islower() else role


ROLE_ACRONYM = lazy_regex(r"\b(?:" + "|".join(sorted(word_list("role_acronyms"))) + r")\b(?!['’])")


def tidy_person(text: str) -> str:
    """A name typed all in lower case, in title case: 'marisol' -> 'Marisol', 'the brennans' -> 'the Brennans',
    'aunt deb' -> 'Aunt Deb'; common words stay as they are ('the neighbors', 'my team at fenwick' ->
    'my team at Fenwick')."""
    if text != text.lower():
        return text
    words = text.split()
    if len(words) == 2 and words[0] == "the" and words[1].removesuffix("s") in _surname_words():
        return f"the {_title(words[1])}"  # "the smiths": a household by its name, not blacksmiths
    if len(words) == 3 and words[0] == "the" and words[2] == "family" and words[1] in _surname_words():
        return f"the {_title(words[1])} family"  # "the park family": the Parks
    words = _great_kin(words)
    described = len(words) > 2 and words[0] == "the"  # "the night shift crew": Crew is a name, crew a word here
    if len(words) == 2 and "ADJ" in lexicon.parts(words[0]) and words[0] not in CLOSED | kin() \
            and is_given_name(words[1]):
        return f"{_title(words[0])} {_title(words[1])}"  # "big al", "little joe": a nickname, said whole
    out = []
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        owned = prev.endswith(("'s", "’s")) or prev in DETERMINERS  # "maya's mom, lisa": a mom, not a title
        titled = i + 1 < len(words) and not owned and (w.rstrip(",") in kin() or w.rstrip(".") in TITLE_WORDS
                                         or (words[i + 1].rstrip(".") in STREETS and w not in CLOSED))  # "elm st"
        titled = titled or (w in kin() and prev in ("and", "&") and i > 1 and words[i - 2] in kin())  # "mom and dad"
        titled = titled or (w in kin() and prev == w)  # "pop pop", "nana nana": one name said twice
        titled = titled or (len(words) == 1 and w in NAMED_KIN)  # "pops": what he is called
        named = prev.rstrip(".") in TITLE_WORDS and (w not in CLOSED or len(w) == 1)  # "mrs k", "mrs a": her name
        named = named or (len(words) == 2 and i == 1 and is_given_name(words[0]) and w not in CLOSED
                          and words[0] not in CLOSED and words[0] not in kin() and words[0] not in PERSON_WORDS
                          and not w.endswith("s"))  # "carolyn pike": her surname
        if w in word_list("surname_particles") and 0 < i < len(words) - 1 and words[i + 1] not in CLOSED:
            out.append(w)  # "mrs van der merwe": Mrs. van der Merwe
        elif w in ABBREVIATED_TITLES and i + 1 < len(words):
            out.append(_title(w) + ".")  # "mrs k next door" -> "Mrs. K"
        elif w.rstrip(".") in STREETS and i and prev not in DETERMINERS:
            out.append(STREETS[w.rstrip(".")])
        elif not named and (w in CLOSED or w in SMALL_WORDS
                            or w in PERSON_WORDS and (prev in DETERMINERS or i + 1 < len(words))):
            out.append(w)  # "someone in accounting", "the guy across the street": described, not named
        elif "-" in w and all(lexicon.known(part) for part in w.split("-")):
            out.append(w)  # "my in-laws", "my co-workers": plain words
        elif titled or named or not lexicon.known(w) or is_given_name(w) and not (
                described and words[i + 1:i + 2] != ["family"] and not prev.isdigit()):  # "the Rose family", "4 West"
            out.append(_title(w))
        else:
            out.append(w)
    return with_saints_owned(" ".join(out))


def _great_kin(words: list[str]) -> list[str]:
    """['great', 'aunt', 'ida'] -> ['Great-Aunt', 'ida']: one title."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("great", "grand", "great-great") and w in kin():
            out[-1] = f"{out[-1].title()}-{w.capitalize()}"
        else:
            out.append(w)
    return out


# Words that stand for a person without naming them: never read as a name ("the guy next door" is not Guy).
PERSON_WORDS = frozenset("someone somebody anyone anybody everyone everybody guy guys gal gals lady ladies man men "
                         "woman women person people folks fellow dude girl girls boy boys gentleman".split())
STREETS = _typing()["street_words"]
TITLE_WORDS = frozenset("mr mrs ms mx dr prof coach judge nurse pastor rabbi father sister reverend officer chef "
                        "captain principal professor dean".split())


ABBREVIATED_TITLES = frozenset("mr mrs ms mx dr prof".split())
NAME_PREFIX = lazy_regex(r"^(?:[od]['’]|mc)(?=[a-z]{2})")  # O'Brien, D'Angelo, McKay


def _title(word: str) -> str:
    spelled = _proper().get((word,))
    if spelled:
        return spelled
    return "-".join(_name_case(p) for p in word.split("-"))


def _name_case(word: str) -> str:
    """'o'brien' -> "O'Brien", 'mckay' -> 'McKay', 'rosa' -> 'Rosa'."""
    prefix = NAME_PREFIX.match(word.lower())
    if prefix:
        at = prefix.end()
        return word[:1].upper() + word[1:at].lower() + word[at].upper() + word[at + 1:]
    return word[:1].upper() + word[1:]
