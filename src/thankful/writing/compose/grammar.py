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
# Of those, what a person gives of themselves: thanked for, it is theirs ("your help moving the couch").
YOUR_NOUNS = frozenset("advice help support hospitality kindness encouragement company guidance friendship "
                       "love care patience generosity".split())
NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve dozen both twenty thirty forty "
                    "fifty hundred".split())
# After "every", "each" or "all", these make a when ("every morning", "all weekend"), not a thing ("every stitch").
TIME_WORDS = frozenset("day days morning mornings night nights week weeks weekend weekends evening evenings "
                       "afternoon afternoons time hour month year summer winter spring fall season single step "
                       "sunday monday tuesday wednesday thursday friday saturday".split())
# Words that open an adverbial ("at five in the morning", "before we were even up"): a detail of this shape
# says when or how, and folds in after the act or the thing ("driving me to the airport at five ...").
PREPOSITIONS = frozenset("at on in during after before since until till by for from with without despite "
                         "through throughout over under across around into onto within beyond near past toward "
                         "towards against along amid among about inside outside behind beside".split())
ADJUNCT_STARTS = PREPOSITIONS | frozenset("when whenever while though although once because".split())
# After a noun, these start a relative clause: the next verb is theirs, not the phrase's ("the way you laughed").
RELATIVE_MARKS = frozenset("you i we they he she who that which".split())
OBJECTS = frozenset("it them us me him".split())
# Adverbs that sit between a subject and its verb ("the kids still talk about it").
VERB_ADVERBS = frozenset("still always never now finally often already sometimes usually".split())
# Past participles that describe a thing more often than they tell what it did ("the stars stitched in the
# corner", "the cake made with love"): before a preposition, or at the end, they do not make a clause.
PARTICIPLES = frozenset("stitched embroidered sewn hand-sewn painted hand-painted carved engraved etched printed "
                        "written tucked hidden wrapped tied pressed knitted woven monogrammed inscribed signed "
                        "framed lined trimmed attached glued pinned folded packed dyed stamped labeled labelled "
                        "drawn placed baked picked grown chosen made cut kept held brought lit set hung sent "
                        "mailed delivered left".split())
# -ing words used as adjectives before a noun ("matching pajamas", "a sleeping bag"); with GIFT_ING_MODIFIERS
# too when the moment is a gift (a gift is a thing: "running shoes", "knitting needles").
ING_ADJECTIVES = frozenset("matching sleeping rocking sparkling stunning amazing charming".split())
GIFT_ING_MODIFIERS = ING_ADJECTIVES | frozenset("cutting mixing measuring serving hiking walking running dining "
                                                "changing folding rolling swimming fishing camping skiing sewing "
                                                "knitting writing baking".split())
# Words after a gerund that show it is an act with an object or a place ("knitting a blanket", "driving me").
ACT_FOLLOWERS = frozenset("a an the this that these those my your our his her their its some me us him them it "
                          "up out in on at to with for over around down off back together along through by "
                          "into".split())
# Common verbs a plan starts with ("buy a bike", "save for a car"): money's use is a verb phrase only then.
# Words a use opens with when it names a thing ("new running shoes", "extra blankets"), not what to do.
NOUN_STARTS = frozenset("new old little big small first extra more fresh cozy lazy special weekly daily nightly "
                        "future".split())
WH_WORDS = frozenset("how what why whether".split())
COMMON_VERBS = frozenset("put buy save get use spend pay go make take start fix replace treat book plan help "
                         "build finish cover upgrade open furnish frame hang plant grow keep learn try host bring "
                         "give invest fund repair paint visit travel celebrate enjoy set".split())
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
LETTER_AN = "AEFHILMNORSX"  # letters whose names start with a vowel sound: "an FBI agent", "a UX designer"


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
    if not text or not text[0].islower():
        return text  # most sentences already start with a capital: nothing to look at
    space = text.find(" ")
    head = text if space < 0 else text[:space]
    if not head.islower():
        return text  # "iPhone case"
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
    """'Tom and Jane'; 'Grandma, Grandpa, and Aunt Rose'; names sharing a surname share it once:
    'Tom Smith' and 'Jane Smith' are 'Tom and Jane Smith', 'Mr. Okafor' and 'Mrs. Okafor' 'Mr. and Mrs. Okafor'."""
    names = [n for n in names if n]
    shared = _shared_surname(names)
    if shared:
        return join_names([n[: -len(shared) - 1] for n in names]) + " " + shared
    if len(names) <= 2:
        return " and ".join(names)
    return _engine().join(names)


def _shared_surname(names: list[str]) -> str:
    if len(names) < 2 or any(" and " in n or " & " in n or "," in n for n in names):
        return ""
    parts = [n.split() for n in names]
    last = parts[0][-1]
    if all(len(p) >= 2 and p[-1] == last for p in parts) and last[:1].isupper() and len(set(names)) == len(names):
        return last
    return ""


def a(phrase: str) -> str:
    """inflect's a/an, but a short acronym is read letter by letter: 'a UX designer', 'an MBA program'."""
    head = phrase.split(" ", 1)[0]
    if 2 <= len(head) <= 3 and head.isalpha() and head.isupper():
        return ("an " if head[0] in LETTER_AN else "a ") + phrase
    return _engine().a(phrase)


@cache
def with_article(phrase: str) -> str:
    """'a apple pie' -> 'an apple pie'; a bare count noun gets a/an; other phrases are kept."""
    head = first_word(phrase)
    if head in ("a", "an"):
        rest = phrase.split(" ", 1)[1] if " " in phrase else ""
        return a(rest) if rest else phrase
    if (head in DETERMINERS or head in BARE_NOUNS or head in NUMBERS or is_plural_phrase(phrase)
            or phrase[:1].isupper()):
        return phrase
    return a(phrase)


@cache
def definite(phrase: str) -> str:
    """'a hand-knitted scarf' -> 'the hand-knitted scarf'; 'garden shears' -> 'the garden shears';
    'two tickets' -> 'the two tickets'; 'help moving the couch' -> 'your help moving the couch';
    'a card and a candle' -> 'the card and the candle'."""
    both = phrase.split(" and ")
    if len(both) == 2 and first_word(both[1]) in ("a", "an") and first_word(both[0]) in ("a", "an"):
        return definite(both[0]) + " and " + definite(both[1])
    head = first_word(phrase)
    rest = phrase.split(" ", 1)[1] if " " in phrase else ""
    if head in ("a", "an", "some", "one") and rest:
        return "the " + rest
    if head in YOUR_NOUNS:
        return "your " + phrase
    if head in NUMBERS:
        return "the " + phrase
    if head in DETERMINERS or head in BARE_NOUNS or phrase[:1].isupper():
        return phrase
    return "the " + phrase


@cache
def head_noun(phrase: str) -> str:
    """The noun a phrase is about: 'a set of linen napkins' -> 'set'; 'garden shears' -> 'shears'."""
    before_of = re.split(r"\s+(?:of|for|from|with|to|in|on|that|which|who)\s+|,", phrase, maxsplit=1)[0]
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
    low = phrase.lower()
    if " and " in low and (not re.search(r"\b(?:of|with)\b", low) or first_word(low.split(" and ", 1)[1])
                           in DETERMINERS):
        return True  # "a card and a candle", "a bottle of olive oil and a tin of saffron"
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
    if ws[0] in ING_ADJECTIVES and ing_modifies(phrase, ING_ADJECTIVES):
        return False  # "matching pajamas for the whole family"
    return ws[0] not in ING_NOUNS


def ing_modifies(phrase: str, modifiers: frozenset) -> bool:
    """'matching pajamas', 'knitting needles': an -ing word of `modifiers` before a plain noun describes it;
    'knitting a blanket', 'running errands for me' (unless errands are a gift) are acts."""
    ws = words(phrase)
    if len(ws) < 2 or ws[0].lower() not in modifiers:
        return False
    nxt = ws[1]
    return nxt[:1].islower() and nxt.lower() not in ACT_FOLLOWERS and nxt.lower() not in LEADING_ADVERBS


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
    """A verb that needs a subject ('looks', 'stood', 'are'): the words form a clause, not a noun phrase.
    A verb after 'you', 'that', ... belongs to a relative clause ('the way you laughed at my jokes') and
    does not count; neither does a participle describing a thing ('the stars stitched in the corner')."""
    relative = False
    for i, w in enumerate(ws):
        prev = ws[i - 1] if i else ""
        if i and w in RELATIVE_MARKS and prev not in PREPOSITIONS:
            relative = True
            continue
        if _verb_at(ws, i):
            if relative:
                relative = False
                continue
            return True
    return False


def _verb_at(ws: list[str], i: int) -> bool:
    w = ws[i]
    prev = ws[i - 1] if i else ""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if w in PARTICIPLES:
        return nxt in DETERMINERS or nxt in OBJECTS  # "the trip made my year"; not "the cake made with love"
    if w in FINITE_VERBS:
        return True
    if not i or prev in DETERMINERS or prev in PREPOSITIONS or w in PREPOSITIONS or w in DETERMINERS:
        return False
    if w.endswith("ed") and (nxt in ED_LINKS or nxt in DETERMINERS or nxt in OBJECTS):
        return True  # "the candles smelled like pine", "the glaze matched my coat"
    if nxt in OBJECTS and len(w) > 2:
        return True  # "the kids love it"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and nxt in DETERMINERS and nxt not in NUMBERS:
        return True  # "my portfolio includes a case study"
    return prev in VERB_ADVERBS and i >= 2 and ws[i - 2] not in DETERMINERS  # "the kids still talk"


def is_adjunct(phrase: str) -> bool:
    """'at five in the morning', 'on a school night', 'before we were even up', 'all the way from Denver':
    when or how something happened, not a thing or a clause of its own."""
    ws = [w.lower() for w in words(phrase)]
    while len(ws) > 1 and ws[0] in LEADING_ADVERBS | {"right"}:
        ws = ws[1:]
    if not ws:
        return False
    if ws[:3] == ["all", "the", "way"] or ws[0] in ("twice", "thrice"):
        return True  # "all the way from Denver", "twice a day for two weeks"
    if len(ws) > 1 and ws[0] in ("every", "each", "all") and ws[1] in TIME_WORDS:
        return True  # "every morning", "all weekend"
    if ws[0] in PARTICIPLES or (ws[0].endswith("ed") and len(ws) > 1 and ws[1] in PREPOSITIONS):
        return True  # "engraved with Nora's initials", "tied with a red ribbon": it describes the thing
    return ws[0] in ADJUNCT_STARTS and len(ws) > 1


@cache
def shape(phrase: str, default: str = "vp") -> str:
    """What a typed phrase is: 'clause' ('I made my flight'), 'act' ('driving me home'),
    'np' ('the deep green', 'Thanksgiving'), 'vp' ('wear it on my walks') or, for a noun-like field,
    'adjunct' ('at five in the morning').

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
    if default == "np" and is_adjunct(phrase):
        rest = phrase.split(",", 1)[1] if "," in phrase else ""
        return "clause" if rest and shape(rest.strip(), "np") == "clause" else "adjunct"  # "In the card, you wrote"
    if is_gerund_start(phrase):
        return "act"
    named = phrase.lstrip()[:1].isupper() and head != "i"
    if head in DETERMINERS or head in BARE_NOUNS or named:
        return "clause" if has_finite_verb(ws[lead + 1:]) else "np"
    if default == "np" and has_finite_verb(ws[lead + 1:]):
        return "clause"
    if default == "vp":
        if _main_finite_verb(ws[lead + 1:]):
            return "clause"  # "families in Eastgate will eat well": a subject, then its verb
        if _noun_first(ws[lead:]):
            return "np"  # "walks in the park", "new running shoes"
    return default


def _noun_first(ws: list[str]) -> bool:
    """A use that opens with a plural noun or a plain adjective names a thing, not what to do."""
    head, nxt = ws[0], ws[1] if len(ws) > 1 else ""
    if head in NOUN_STARTS or head in NUMBERS or head[:1].isdigit():
        return True  # "twenty more", "3 new tires"
    if nxt in OBJECTS or nxt in DETERMINERS or head in COMMON_VERBS:
        return False
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) and is_plural_noun(head)


def is_verb_phrase(phrase: str) -> bool:
    """'buy a bike', 'save for a car', 'put it toward books': a phrase that surely opens with a verb."""
    ws = [w.lower() for w in words(phrase)]
    while len(ws) > 1 and ws[0] in LEADING_ADVERBS:
        ws = ws[1:]
    if not ws:
        return False
    return ws[0] in COMMON_VERBS or (len(ws) > 1 and (ws[1] in OBJECTS or ws[1] in DETERMINERS))


def _main_finite_verb(ws: list[str]) -> bool:
    """A finite verb not inside a 'when/once/if/how ...' part: 'use it when the days are cold' and
    'keep you posted on how the first term goes' stay phrases."""
    for w in ws:
        if w in SUBORDINATORS or w in WH_WORDS:
            return False
        if w in FINITE_VERBS:
            return True
    return False


PAST_VERBS = frozenset("was were had did made got felt came went took gave kept held brought meant ran slept stood "
                       "sat saw heard found left told thought knew became began could wasn't weren't didn't "
                       "couldn't hadn't".split())
PRESENT_VERBS = frozenset("is are am has have does do will can 's 're 've 'll isn't aren't don't doesn't won't "
                          "can't".split())


def is_past(clause: str) -> bool:
    """Whether a clause tells what happened ('I got better faster', 'we came home to a green house')."""
    ws = [w.lower().replace("’", "'") for w in words(clause)]
    if ws and ws[0] in SUBJECT_PRONOUNS:  # the verb comes right after: "I start each day feeling looked after"
        rest = [w for w in ws[1:] if w not in LEADING_ADVERBS and w not in VERB_ADVERBS]
        return bool(rest) and (rest[0] in PAST_VERBS or (rest[0].endswith("ed") and len(rest[0]) > 3))
    for w in ws[1:]:
        if w in PAST_VERBS or (w.endswith("ed") and len(w) > 4 and w not in PARTICIPLES):
            return True
        if w in PRESENT_VERBS or w in FINITE_VERBS:
            return False
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
