"""Grammar for drafts: articles, plurals, joined names, gerunds and the shape of a phrase a person typed.

inflect (pinned <6: later versions take seconds to import) gives a/an, plural detection and joined
names. Its present participles double the last consonant of "visit" and "open" ("visitting"), so
participles and their inverse (gerund -> base verb) are done here, by the spelling rules.
"""

import re
from functools import cache

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ'’-]+")

DETERMINERS = frozenset("a an the this that these those my your our his her their its some one two three "
                        "four five six several many each every another".split())
POSSESSIVES = frozenset("my your our his her their its".split())
PLURAL_DETERMINERS = frozenset("these those two three four five six several many both".split())
SINGULAR_DETERMINERS = frozenset("a an this that one another each every".split())
SUBJECT_PRONOUNS = frozenset("i we it they you he she there this that these those everyone everybody "
                             "nobody someone something everything i'm i've i'll we're we've we'll it's "
                             "they're you're".split())
# A phrase starting with one of these is a clause ("this" and "that" may start a noun phrase instead).
CLAUSE_STARTS = SUBJECT_PRONOUNS - {"this", "that", "these", "those"}
SUBORDINATORS = frozenset("when whenever once if because while until after before since so that which who "
                          "where as than".split())
ED_LINKS = frozenset("like beside on in at all so perfectly through for into by next".split())
PRONOUN_SUBJECTS_BACK = frozenset("it they this that these those".split())  # point back to what was given
LEADING_ADVERBS = frozenset("always so kindly generously finally really just also still even often".split())
# Words that end in -ing but name things; a phrase starting with one is a noun phrase, not an act.
ING_NOUNS = frozenset("wedding ring earring earrings king thing things string evening morning building "
                      "clothing bedding stocking stockings pudding icing filling stuffing dressing seasoning "
                      "sling wing spring swing ceiling sibling darling duckling seedling sapling herring "
                      "painting drawing recording carving etching engraving offering wrapping thanksgiving sterling "
                      "reading".split())
# These can be either: "painting our fence" is an act, "painting of the lake" a thing.
ING_EITHER = frozenset("painting drawing recording carving etching engraving offering wrapping".split())
ALWAYS_PLURAL = frozenset("shears scissors pants trousers jeans glasses pliers tongs tweezers binoculars "
                          "pajamas pyjamas shorts leggings goggles headphones earphones clippers loppers "
                          "people children flowers".split())
NEVER_PLURAL = frozenset("gas bus canvas atlas lens plus bias iris christmas news chess series species "
                         "physics mathematics hummus cactus circus".split())
# Nouns that need no article ("dinner at your place", "your help"): meals and things you cannot count.
BARE_NOUNS = frozenset("dinner lunch breakfast brunch supper tea drinks advice help support hospitality "
                       "time kindness money encouragement company guidance friendship love care patience "
                       "generosity".split())
# Finite verbs people type in a detail or a use ("the front garden finally looks tidy"): they make a clause.
FINITE_VERBS = frozenset(
    "is are was were am has had will would can could does did looks feels felt made makes stood stands sits "
    "sat fits matches cut cuts works worked goes went came comes got gets kept keeps held holds took takes "
    "gave gives brought brings meant means loved loves smelled smells tasted tastes lit lights saved saves "
    "helped helps lets ran runs arrived lasted sounds sounded reminds reminded shows showed hangs hung "
    "sleeps slept lives lived became becomes seems seemed starts started began begins turned turns i'm "
    "i've i'll we're we've we'll it's they're isn't wasn't don't doesn't didn't won't can't".split())
STRESSED_FINAL = frozenset("begin occur prefer refer admit commit forget regret permit submit control patrol "
                           "compel equip upset omit transfer".split())
# Base forms that the spelling rules cannot recover from a gerund ("welcoming" -> "welcome").
BASE_EXCEPTIONS = {
    "welcoming": "welcome", "providing": "provide", "inviting": "invite", "deciding": "decide",
    "including": "include", "arranging": "arrange", "preparing": "prepare", "surprising": "surprise",
    "encouraging": "encourage", "believing": "believe", "involving": "involve", "receiving": "receive",
    "forgiving": "forgive", "becoming": "become", "promoting": "promote", "rescuing": "rescue",
    "continuing": "continue", "measuring": "measure", "examining": "examine", "imagining": "imagine",
    "advising": "advise", "devoting": "devote", "completing": "complete", "being": "be", "seeing": "see",
    "lying": "lie", "dying": "die", "tying": "tie", "hosting": "host", "listening": "listen",
    "opening": "open", "visiting": "visit", "offering": "offer", "remembering": "remember",
    "covering": "cover", "gathering": "gather", "delivering": "deliver", "considering": "consider",
    "volunteering": "volunteer", "answering": "answer", "entering": "enter", "wondering": "wonder",
    "edging": "edge", "judging": "judge", "hedging": "hedge", "changing": "change", "charging": "charge",
    "picnicking": "picnic", "traveling": "travel", "travelling": "travel", "cancelling": "cancel",
    "babysitting": "babysit", "introducing": "introduce", "producing": "produce", "caring": "care",
    "sharing": "share", "staring": "stare", "storing": "store", "comparing": "compare", "declaring": "declare",
    "scoring": "score", "ensuring": "ensure", "taking": "take", "making": "make", "having": "have",
    "giving": "give", "coming": "come", "driving": "drive", "writing": "write", "leaving": "leave",
    "saving": "save", "using": "use", "moving": "move", "loving": "love", "living": "live", "baking": "bake",
    "bringing": "bring", "singing": "sing", "ringing": "ring", "cooking": "cook",
}
VOWELS = "aeiou"


@cache
def _engine():
    import inflect  # 13 ms: only compose paths that need articles or plurals pay for it

    return inflect.engine()


def words(text: str) -> list[str]:
    return WORD.findall(text)


def first_word(text: str) -> str:
    found = words(text)
    return found[0].lower().replace("’", "'") if found else ""


def capitalise(text: str) -> str:
    """First letter upper case, unless the first word is spelled like 'iPhone' or 'eBay'."""
    if not text:
        return text
    head = text.split(" ", 1)[0]
    if head[0].islower() and any(c.isupper() for c in head[1:]):
        return text
    return text[0].upper() + text[1:]


def decapitalise(text: str) -> str:
    """Lower-case the first letter of a clause joined into a sentence, keeping I, names and acronyms."""
    head = text.split(" ", 1)[0]
    bare = head.strip(",.;:!?").replace("’", "'")
    if bare in ("I", "I'm", "I've", "I'll", "I'd") or not bare[:1].isupper():
        return text
    if bare.lower() in SUBJECT_PRONOUNS or bare.lower() in DETERMINERS or bare.lower() in LEADING_ADVERBS:
        return text[0].lower() + text[1:]
    if bare.lower() in ("now", "since", "because", "with", "after", "every", "all", "both", "thanks"):
        return text[0].lower() + text[1:]
    return text  # a name or an acronym: "Sunday mornings are calmer", "NASA"


def join_names(names: list[str]) -> str:
    """'Tom and Jane'; 'Grandma, Grandpa, and Aunt Rose'."""
    names = [n for n in names if n]
    if len(names) <= 2:
        return " and ".join(names)
    return _engine().join(names)


@cache
def with_article(phrase: str) -> str:
    """'a apple pie' -> 'an apple pie'; a bare count noun gets a/an; other phrases are kept."""
    head = first_word(phrase)
    if head in ("a", "an"):
        rest = phrase.split(" ", 1)[1] if " " in phrase else ""
        return _engine().a(rest) if rest else phrase
    if head in DETERMINERS or head in BARE_NOUNS or is_plural_phrase(phrase) or phrase[:1].isupper():
        return phrase
    return _engine().a(phrase)


@cache
def definite(phrase: str) -> str:
    """'a hand-knitted scarf' -> 'the hand-knitted scarf'; 'garden shears' -> 'the garden shears'."""
    head = first_word(phrase)
    rest = phrase.split(" ", 1)[1] if " " in phrase else ""
    if head in ("a", "an", "some", "one") and rest:
        return "the " + rest
    if head in DETERMINERS or head in BARE_NOUNS or phrase[:1].isupper():
        return phrase
    return "the " + phrase


@cache
def head_noun(phrase: str) -> str:
    """The noun a phrase is about: 'a set of linen napkins' -> 'set'; 'garden shears' -> 'shears'."""
    before_of = re.split(r"\s+(?:of|for|from|with|to|in|on|that|which|who)\s+", phrase, maxsplit=1)[0]
    found = words(before_of)
    return found[-1].lower() if found else ""


def is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in ALWAYS_PLURAL:
        return True
    if w in NEVER_PLURAL or w.endswith(("ss", "us", "is", "ics")) or len(w) < 3:
        return False
    single = _engine().singular_noun(w)
    if not single:
        return False
    return w.endswith("s") if single == w else True


@cache
def is_plural_phrase(phrase: str) -> bool:
    """Whether a noun phrase takes 'are': decided by its determiner, else by its head noun."""
    if " and " in phrase.lower() and not re.search(r"\b(?:of|with)\b", phrase.lower()):
        return True  # "a card and a candle"
    head = first_word(phrase)
    if head in SINGULAR_DETERMINERS:
        return False
    if head in PLURAL_DETERMINERS:
        return True
    return is_plural_noun(head_noun(phrase))


def syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word.lower().rstrip("e") or word.lower()))


def present_participle(verb: str) -> str:
    """'wear' -> 'wearing', 'make' -> 'making', 'put' -> 'putting', 'visit' -> 'visiting'."""
    v = verb.lower()
    if v.endswith("ie"):
        return verb[:-2] + "ying"
    if v.endswith(("ee", "ye", "oe")) or v in ("be",):
        return verb + "ing"
    if v.endswith("e") and len(v) > 2:
        return verb[:-1] + "ing"
    if v.endswith("c"):
        return verb + "king"
    if _doubles(v):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _doubles(v: str) -> bool:
    """Consonant-vowel-consonant at a stressed end doubles: put -> putting, begin -> beginning."""
    if len(v) < 3 or v[-1] in "wxy" + VOWELS or v[-2] not in VOWELS or v[-3] in VOWELS:
        return False
    return syllables(v) == 1 or v in STRESSED_FINAL


def gerund_to_base(gerund: str) -> str | None:
    """'driving' -> 'drive', 'texting' -> 'text', 'putting' -> 'put'; None when the spelling is ambiguous."""
    g = gerund.lower()
    if g in BASE_EXCEPTIONS:
        return _same_case(gerund, BASE_EXCEPTIONS[g])
    if not g.endswith("ing") or len(g) < 5:
        return None
    stem = g[:-3]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        # putting -> put, shopping -> shop; but filling, kissing, buzzing keep their double letter
        return _same_case(gerund, stem if stem[-1] in "lsz" else stem[:-1])
    if stem.endswith("y") and g.endswith("ying"):
        return _same_case(gerund, stem)  # carrying -> carry
    if stem[-1] in "vz" or (stem[-1] == "c" and stem[-2:] != "ck"):
        return _same_case(gerund, stem + "e")  # arriving -> arrive, organizing -> organize
    if stem[-1] in "wxy" or stem[-2:] in ("ck", "sh", "ch", "th", "ng") or stem[-1] not in "bcdfghjklmnpqrstvz":
        return _same_case(gerund, stem)
    if stem[-2] in VOWELS and stem[-3:-2] not in tuple(VOWELS):
        if syllables(stem) == 1:
            return _same_case(gerund, stem + "e")  # making -> make, driving -> drive
        if stem.endswith("at"):
            return _same_case(gerund, stem + "e")  # celebrating -> celebrate
        return None  # "visiting"/"inviting": spelling cannot tell
    return _same_case(gerund, stem)  # hosting, texting, helping, cooking


def _same_case(model: str, word: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


@cache
def is_gerund_start(phrase: str) -> bool:
    """Whether a phrase is an act ('driving me to the airport', 'always texting me'), not a thing."""
    ws = [w.lower() for w in words(phrase)]
    while ws and ws[0] in LEADING_ADVERBS:
        ws = ws[1:]
    if not ws or not ws[0].endswith("ing") or len(ws[0]) < 5:
        return False
    if ws[0] in ING_EITHER:
        return len(ws) > 1 and ws[1] not in ("of", "for", "from", "by")
    return ws[0] not in ING_NOUNS


def split_adverbs(phrase: str) -> tuple[str, str]:
    """('always ', 'texting me on Monday mornings') from 'always texting me on Monday mornings'."""
    parts = phrase.split(" ")
    lead = []
    while parts and parts[0].lower() in LEADING_ADVERBS:
        lead.append(parts.pop(0))
    return (" ".join(lead) + " " if lead else ""), " ".join(parts)


@cache
def act_base(act: str) -> str | None:
    """The act as a base verb phrase: 'driving me home' -> 'drive me home'; None if unsure."""
    lead, rest = split_adverbs(act)
    verb, _, tail = rest.partition(" ")
    base = gerund_to_base(verb)
    if base is None:
        return None
    return f"{lead}{base}" + (f" {tail}" if tail else "")


@cache
def vp_to_gerund(vp: str) -> str:
    """'wear it on my walks' -> 'wearing it on my walks' (adverbs first are kept in place)."""
    lead, rest = split_adverbs(vp)
    verb, _, tail = rest.partition(" ")
    if verb.lower().endswith("ing") and is_gerund_start(verb):
        return vp
    return f"{lead}{present_participle(verb)}" + (f" {tail}" if tail else "")


def has_finite_verb(ws: list[str]) -> bool:
    """A verb that needs a subject ('looks', 'stood', 'are'): the words form a clause, not a noun phrase."""
    if any(w in FINITE_VERBS for w in ws):
        return True
    for i, w in enumerate(ws[1:-1], start=1):  # "the candles smelled like pine": -ed after a noun, then a link
        if w.endswith("ed") and ws[i - 1] not in DETERMINERS and ws[i + 1] in ED_LINKS:
            return True
    return False


@cache
def shape(phrase: str, default: str = "vp") -> str:
    """What a typed phrase is: 'clause' ('I made my flight'), 'act' ('driving me home'),
    'np' ('the deep green', 'Thanksgiving') or 'vp' ('wear it on my walks').

    `default` is what a phrase without a determiner is taken for: 'np' for a gift ('garden shears'),
    'vp' for a use or a plan ('see you at Thanksgiving')."""
    ws = [w.lower().replace("’", "'") for w in words(phrase)]
    if not ws:
        return "np"
    lead = 0
    while lead < len(ws) - 1 and ws[lead] in LEADING_ADVERBS:
        lead += 1
    head = ws[lead]
    if head in CLAUSE_STARTS:
        return "clause"
    if is_gerund_start(phrase):
        return "act"
    named = phrase.lstrip()[:1].isupper() and head != "i"
    if head in DETERMINERS or head in BARE_NOUNS or named:
        return "clause" if has_finite_verb(ws[lead + 1:]) else "np"
    if default == "np" and has_finite_verb(ws[lead + 1:]):
        return "clause"
    if default == "vp" and _main_finite_verb(ws[lead + 1:]):
        return "clause"  # "families in Eastgate will eat well": a subject, then its verb
    return default


def _main_finite_verb(ws: list[str]) -> bool:
    """A finite verb not inside a 'when/once/if ...' part: 'use it when the days are cold' stays a phrase."""
    for w in ws:
        if w in SUBORDINATORS:
            return False
        if w in FINITE_VERBS:
            return True
    return False


def starts_with_back_pronoun(clause: str) -> bool:
    """'it makes the start of every week lighter': the clause leans on the sentence before it."""
    return first_word(clause) in PRONOUN_SUBJECTS_BACK


def strip_to(phrase: str) -> str:
    """'to wear it' -> 'wear it'; "I'll wear it" stays a clause."""
    return phrase[3:] if phrase.lower().startswith("to ") else phrase


def make_definite_reference(detail: str) -> str | None:
    """'the deep green' -> 'that deep green' (for an opener like 'That deep green!'); None otherwise."""
    if first_word(detail) == "the" and shape(detail, "np") == "np" and len(words(detail)) <= 5:
        return "that " + detail.split(" ", 1)[1]
    return None
