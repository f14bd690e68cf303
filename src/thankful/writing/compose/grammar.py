"""Grammar for drafts: articles, plurals, joined names, gerunds and the shape of a phrase a person typed.

inflect (pinned <6: later versions take seconds to import) gives a/an, plural detection and joined
names. What a word can be (a verb, its past, its -ing form, a noun) comes from the lexicon
(writing/lexicon.py, lemminflect's); the closed classes of words (determiners, prepositions, ...) and
lists of how words are used in notes are data (data/words/grammar.toml).
"""

import re
from functools import cache, lru_cache

from thankful.domain import data
from thankful.writing import lexicon, tagger
from thankful.writing.inflection import (
    a,  # noqa: F401 (a is part of this module's API)
    engine,
)
from thankful.writing.lazy import lazy_regex
from thankful.writing.typed import MODEL_NUMBER, PERSON_WORDS, is_given_name, kin, word_list

WORD = lazy_regex(r"[A-Za-zÀ-ÖØ-öø-ÿ'’-]+")
TOKEN = lazy_regex(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9'’-]+")



def _words(name: str) -> frozenset[str]:
    return frozenset(_GRAMMAR[name].split())


def alternatives(name: str) -> str:
    """A word list of grammar.toml as a regex alternation, longest first: "packed|wrapped|..."."""
    return "|".join(re.escape(w) for w in sorted(_GRAMMAR[name].split(), key=len, reverse=True))


_GRAMMAR = data.toml("words/grammar.toml")  # the closed classes and usage lists: data a writer can edit
DETERMINERS = _words("determiners")
POSSESSIVES = _words("possessives")
PLURAL_DETERMINERS = _words("plural_determiners")
SINGULAR_DETERMINERS = _words("singular_determiners")
SUBJECT_PRONOUNS = _words("subject_pronouns")
# A phrase starting with one of these is a clause ("this" and "that" may start a noun phrase instead).
CLAUSE_STARTS = SUBJECT_PRONOUNS - {"this", "that", "these", "those"}
SUBORDINATORS = _words("subordinators")
SENTENCE_JOINS = _words("sentence_joins")
INVITATION_VERBS = _words("invitation_verbs")
ED_LINKS = _words("ed_links")
PRONOUN_SUBJECTS_BACK = _words("pronoun_subjects_back")
LEADING_ADVERBS = _words("leading_adverbs")
ING_NOUNS = _words("ing_nouns")
ING_EITHER = _words("ing_either")
ALWAYS_PLURAL = _words("always_plural")
NEVER_PLURAL = _words("never_plural")
BARE_NOUNS = _words("bare_nouns")
THING_HEADS = _words("thing_heads")
HOLIDAYS = _words("holidays")
EVERYTHING = _words("everything")
YOUR_NOUNS = _words("your_nouns")
NUMBERS = _words("numbers")
TIME_WORDS = _words("time_words")
GATHERINGS = _words("gatherings")
SENT_THINGS = _words("sent_things")
COMPOUND_TIMES = _words("compound_times")
PREPOSITIONS = _words("prepositions")
ADJUNCT_STARTS = PREPOSITIONS | _words("adjunct_starts")
RELATIVE_MARKS = _words("relative_marks")
RELATIVE_SUBJECTS = _words("relative_subjects")
OBJECTS = _words("objects")
STATE_VERBS = _words("state_verbs")
DAYS_PLURAL = _words("days_plural")
SENTENCE_END = lazy_regex(r"(?<=[a-z]{2})(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bProf)"
                          r"(?<!\bvs)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)[.!]\s")  # never the period of "Mrs. Henderson", "Dr. Patel", "a.m."
AND_COMPOUNDS = tuple(_GRAMMAR["and_compounds"])  # "mac and cheese": one thing
VERB_ADVERBS = _words("verb_adverbs")
PARTICIPLES = _words("participles")
INSCRIBED = _words("inscribed")
ING_ADJECTIVES = _words("ing_adjectives")
GIFT_ING_MODIFIERS = ING_ADJECTIVES | _words("gift_ing_modifiers")
ACT_FOLLOWERS = _words("act_followers")
NOUN_STARTS = _words("noun_starts")
WH_WORDS = _words("wh_words")
AUXILIARIES = _words("auxiliaries")
GIVING_VERBS = _words("giving_verbs")
SPENDING_VERBS = _words("spending_verbs")
GUEST_ACTS = _words("guest_acts")
GIFT_VERBS = _words("gift_verbs")
CLAUSE_VERBS = _words("clause_verbs")
FEMALE_KIN = _words("female_kin")
MALE_KIN = _words("male_kin")
EITHER_KIN = _words("either_kin")
INTENSIFIERS = _words("intensifiers")
CARED_FOR = tuple(sorted(w.replace("_", " ") for w in _words("cared_for")))
NOT_CARED_FOR = _words("not_cared_for")
ALREADY_TRUE = _words("already_true")
RECEIVING_VERBS = _words("receiving_verbs")
ARRIVING_VERBS = _words("arriving_verbs")
NEGATIVES = _words("negatives")
THING_VERBS = _words("thing_verbs")
CAUSING_VERBS = _words("causing_verbs")
EFFECT_VERBS = _words("effect_verbs")
EFFECT_OBJECTS = _words("effect_objects")
KINDS_OF_THINGS = _words("kinds_of_things")
BRAND_THINGS = tuple(sorted((w.replace("_", " ") for w in _words("brand_things")), key=len, reverse=True))
PEOPLE_VERBS = _words("people_verbs")
GIVER_ACTS = _words("giver_acts")
RESCUING_VERBS = _words("rescuing_verbs")
PREPARING_VERBS = _words("preparing_verbs")
MADE_THINGS = _words("made_things")
FEMALE_TITLES = _words("female_titles")
MALE_TITLES = _words("male_titles")
NEUTRAL_TITLES = _words("neutral_titles")
TITLES = FEMALE_TITLES | MALE_TITLES | NEUTRAL_TITLES
POSITION_VERBS = _words("position_verbs")
PERSON_OBJECTS = frozenset("me us you him her them".split())
VOWELS = "aeiou"


def _frames(name: str) -> re.Pattern:
    found = sorted(_GRAMMAR.get(name, ()), key=len, reverse=True)
    return lazy_regex(r"^(?:(?:" + "|".join(re.escape(f).replace("'", "['’]") for f in found) + r")\b[\s,:]*)+", re.I)


REPORTING_FRAMES = _frames("reporting_frames")
ADMITTING_FRAMES = _frames("admitting_frames")


def without_frame(text: str, frames: re.Pattern) -> str:
    """'we talked about how enrollment is behind' -> 'how enrollment is behind' (the template says the rest);
    the text as it is when nothing would be left."""
    rest = frames.sub("", text, count=1).strip()
    return rest if len(rest.split()) > 1 else text


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=1024)  # asked of the same facts for every note of a batch
def first_word(text: str) -> str:
    found = words(text)
    return found[0].lower().replace("’", "'") if found else ""


def as_sentence(text: str) -> str:
    """A remark typed after a fact, said as a sentence of its own: 'who even has a CD player' -> 'Who even has a
    CD player?' (a question when it opens like one), 'she was always on his lap' -> 'She was always on his lap.'"""
    text = capitalise(text.rstrip(" ,;"))
    if text.endswith(("?", "!", ".")):
        return text
    return text + ("?" if DIRECT_QUESTION.match(text) else ".")


DIRECT_QUESTION = lazy_regex(r"^(?:who|what|why|where|how come)\s+(?:even|else|is|are|was|were|do|does|did|has|have|can|"
                             r"could|would|will|says|knew|knows)\b", re.I)


def capitalise(text: str) -> str:
    """First letter upper case, unless the first word is spelled like 'iPhone' or 'eBay'; a count opening a
    sentence in words ('5 soups and ...' -> 'Five soups and ...')."""
    if text[:1].isdigit() and COUNT_OPENING.match(text):
        return COUNT_OPENING.sub(lambda m: SMALL_NUMBERS[int(m.group(1))], text, count=1)
    if not text or not text[0].islower():
        return text  # most sentences already start with a capital: nothing to look at
    space = text.find(" ")
    head = text if space < 0 else text[:space]
    if not head.islower():
        return text  # "iPhone case"
    return text[0].upper() + text[1:]


COUNT_OPENING = lazy_regex(r"^([1-9]|1[0-2])(?= [a-z]{2,}s\b)")
SMALL_NUMBERS = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")


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
    return engine().join(names)


def shared_surname(names: list[str]) -> str:
    """'Parker' for 'Jen Parker', 'Mark Parker'; '' when the names share none."""
    return _shared_surname(names)


def _shared_surname(names: list[str]) -> str:
    if len(names) < 2 or any(" and " in n or " & " in n or "," in n for n in names):
        return ""
    parts = [n.split() for n in names]
    last = parts[0][-1]
    if all(len(p) >= 2 and p[-1] == last for p in parts) and last[:1].isupper() and len(set(names)) == len(names):
        return last
    return ""


@cache
def with_article(phrase: str) -> str:
    """'a apple pie' -> 'an apple pie'; a bare count noun gets a/an; other phrases are kept."""
    head = first_word(phrase)
    if head in ("a", "an"):
        rest = phrase.split(" ", 1)[1] if " " in phrase else ""
        return a(rest) if rest else phrase
    if head in ("how", "what", "why", "where"):
        return phrase  # "how patient you've been with Lucas"
    if head in ("all", "both", "half") and first_word(phrase.split(" ", 1)[1] if " " in phrase else "") in DETERMINERS:
        return phrase  # "all the extra help"
    if (head in DETERMINERS or _bare(phrase) or head in EVERYTHING or head in NUMBERS or is_plural_phrase(phrase)
            or (phrase[:1].isupper() and not _named_kind_of_thing(phrase) and not brand_thing(phrase))):
        return phrase
    return a(phrase)


def _bare(phrase: str) -> bool:
    """'dinner', 'help with the move': said without an article; not 'dinner party', a thing that takes one."""
    ws = [w.lower() for w in words(phrase)[:2]]
    if not ws or ws[0] not in BARE_NOUNS:
        return False
    return (len(ws) < 2 or ws[1] in PREPOSITIONS or ws[1] in TIME_WORDS or ws[1] in ("last", "next", "this", "every")
            or "NOUN" not in lexicon.parts(ws[1]))


def _named_kind_of_thing(phrase: str) -> bool:
    """'REI gift card', 'Lego castle': a name before a common noun, which takes an article ('an REI gift card');
    not 'Thanksgiving' or "Mom's lasagna"."""
    ws = words(phrase)
    if len(ws) > 1 and ws[0].lower() in HOLIDAYS and (ws[1].lower() in HOLIDAY_THINGS or ws[-1].lower() in HOLIDAY_THINGS):
        return True  # "Christmas card with a Visa gift card": the card takes "the"
    if any(MODEL_NUMBER.fullmatch(w) for w in TOKEN.findall(phrase)[:3]):
        return True  # "Pentax K1000 with 2 rolls of film": a model, which takes "the"
    if len(ws) < 2 or ws[0].endswith(("'s", "’s", "s'")) or ws[0].lower() in HOLIDAYS:
        return False  # "Thanksgiving at your place" takes no article
    head = words(re.split(r"\s*,\s*|\s+(?:with|of|from|for|in|on|that)\s+", phrase, maxsplit=1)[0])  # "Secret Santa mug with
    last = head[-1] if len(head) > 1 else ws[-1]  # my cat on it": the mug
    if last.islower():
        return "NOUN" in lexicon.parts(last)
    # "Ninja Creami Ice Cream Maker": a product's name in title case, ending with what it is
    return len(ws) >= 3 and last.lower() in THING_HEADS


QUANTITY = lazy_regex(r"^(?:a bunch of|a bunch a|bunch of|a lot of|lots of|a ton of|tons of|a pile of|a few)\s+(?=\S)", re.I)


@cache
def definite(phrase: str) -> str:
    """'a hand-knitted scarf' -> 'the hand-knitted scarf'; 'garden shears' -> 'the garden shears';
    'two tickets' -> 'the two tickets'; 'help moving the couch' -> 'your help moving the couch';
    'a card and a candle' -> 'the card and the candle'."""
    both = phrase.split(" and ")
    if len(both) == 2 and first_word(both[1]) in ("a", "an", "some"):  # "gift card and a card": "the ... and the card"
        return definite(both[0]) + " and " + definite(both[1])  # "flowers and a card" -> "the flowers and the card"
    quantity = QUANTITY.match(phrase)
    if quantity:
        return "the " + phrase[quantity.end():]  # "a bunch of onesies": the onesies, never "the bunch"
    head = first_word(phrase)
    rest = phrase.split(" ", 1)[1] if " " in phrase else ""
    if head in ("a", "an", "some", "one") and rest:
        return "the " + rest
    if head in ("how", "what", "why", "where"):
        return phrase  # "how patient you've been": thanked for as it is, never "the how"
    if head in YOUR_NOUNS:
        return "your " + phrase
    if head in NUMBERS:
        return "the " + phrase
    if head in ("all", "both", "half") and first_word(rest) in DETERMINERS:
        return phrase  # "all the extra help": never "the all the extra help"
    if head in DETERMINERS or _bare(phrase) or head in EVERYTHING or (phrase[:1].isupper() and not _named_kind_of_thing(phrase)
                                                      and not brand_thing(phrase)):
        return phrase
    return "the " + phrase


@cache
def head_noun(phrase: str) -> str:
    """The noun a phrase is about: 'a set of linen napkins' -> 'set'; 'garden shears' -> 'shears'."""
    before_of = re.split(r"\s+(?:of|for|from|with|to|in|on|at|by|near|under|over|after|before|during|around|"
                         r"across|along|through|into|that|which|who|you|I|we|they|he|she)\s+|,", phrase,
                         maxsplit=1)[0]  # "the kayaks at sunrise", "the dinosaur books you found"
    found = words(before_of)
    while len(found) > 1 and found[-1].lower() in ("all", "both", "each", "right", "just"):
        found = found[:-1]  # "the tiny yellow ducks all around the border": the ducks
    return found[-1].lower() if found else ""


def is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in ALWAYS_PLURAL:
        return True
    if w in NEVER_PLURAL or w.endswith(("ss", "us", "is", "ics")) or len(w) < 3:
        return False
    single = engine().singular_noun(w)
    if not single:
        return False
    return w.endswith("s") if single == w else True


@cache
def is_plural_phrase(phrase: str) -> bool:
    """Whether a noun phrase takes 'are': decided by its determiner, else by its head noun."""
    low = phrase.lower()
    if " and " in low and any(one in low for one in AND_COMPOUNDS):
        low = next(low.replace(one, one.replace(" and ", "-n-")) for one in AND_COMPOUNDS if one in low)
    before_and = low.split(" and ", 1)[0]
    described = re.search(r"\b(?:about|from|in|on|at|where|that|who)\b", before_and)  # "the one about X and Y"
    if " and " in low and not described and (not re.search(r"\b(?:of|with)\b", low)
                                             or first_word(low.split(" and ", 1)[1]) in DETERMINERS):
        return True  # "a card and a candle", "a bottle of olive oil and a tin of saffron"
    head = first_word(phrase) if not phrase[:1].isdigit() else ""  # "5 a.m. practices": no "a" to count
    if head in SINGULAR_DETERMINERS:
        return False
    if head in PLURAL_DETERMINERS:
        return True
    return is_plural_noun(head_noun(phrase))


def present_participle(verb: str) -> str:
    """'wear' -> 'wearing', 'make' -> 'making', 'put' -> 'putting', 'visit' -> 'visiting' (the lexicon's
    spelling); a verb it does not know gets the plain spelling rules ('venmo' -> 'venmoing')."""
    known = lexicon.verb_forms(verb).get("VBG")
    if known:
        return _same_case(verb, known)
    v = verb.lower()
    if v.endswith("ie"):
        return verb[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def gerund_to_base(gerund: str) -> str | None:
    """'driving' -> 'drive', 'texting' -> 'text', 'putting' -> 'put', 'visiting' -> 'visit'; None when the
    lexicon knows no verb with that -ing form (it never guesses)."""
    g = gerund.lower()
    candidates = list(lexicon.parts(g).get("VERB", ()))
    if g.endswith("ing") and len(g) > 4:
        stem = g[:-3]
        candidates += [stem, stem + "e", stem[:-1]]  # lemmas of words the table lists only as bases ("text")
    for base in candidates:
        if g in lexicon.all_spellings(base, "VBG"):
            return _same_case(gerund, base)
    for base in candidates[-3:-1]:  # a word the lexicon knows only as a noun, used as a verb: "texting"
        if lexicon.known(base) and present_participle(base) == g:
            return _same_case(gerund, base)
    return None


def is_verb(word: str) -> bool:
    """A word the lexicon knows as a verb, in any form."""
    return "VERB" in lexicon.parts(word.lower())


def is_finite(word: str) -> bool:
    """A verb that needs a subject: an auxiliary ('is', "didn't"), or a past or a present in -s the lexicon
    knows and that is nothing else ('stood', 'arrived'; not 'covers', which is a noun too)."""
    w = word.lower().replace("’", "'")
    if w in AUXILIARIES:
        return True
    if not (lexicon.is_past(w) or lexicon.is_form(w, "VBZ")):
        return False
    return not ({"NOUN", "ADJ"} & set(lexicon.parts(w))) or w in PAST_ONLY_VERBS


# Pasts that are also other words but are read as verbs after a subject ("the kids loved it").
PAST_ONLY_VERBS = frozenset()


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
    if ws[0] in ING_NOUNS and len(ws) > 1 and (ws[1] in ACT_FOLLOWERS or ws[1] in ("every", "each", "all")):
        return ws[1] not in ("of", "for", "from", "by", "in", "on", "at", "with")  # "reading every draft"
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
    return nxt[:1].islower() and nxt.lower() not in ACT_FOLLOWERS and nxt.lower() not in LEADING_ADVERBS \
        and nxt.lower() not in PREPOSITIONS and nxt.lower() != "like"  # "sleeping like a rock": how, not a kind


def split_adverbs(phrase: str) -> tuple[str, str]:
    """('always ', 'texting me on Monday mornings') from 'always texting me on Monday mornings'."""
    parts = phrase.split(" ")
    lead = []
    while parts and parts[0].lower() in LEADING_ADVERBS:
        lead.append(parts.pop(0))
    return (" ".join(lead) + " " if lead else ""), " ".join(parts)


@cache
def act_base(act: str) -> str | None:
    """The act as a base verb phrase: 'driving me home' -> 'drive me home', 'finding my wallet and driving it
    over' -> 'find my wallet and drive it over'; None if unsure."""
    lead, rest = split_adverbs(act)
    out = rest.split(" ")
    base = gerund_to_base(out[0])
    if base is None:
        return None
    out[0] = base
    for i in range(1, len(out) - 1):
        low = out[i].lower()
        if low in RELATIVE_MARKS or low in SUBORDINATORS and (out[i + 1].lower() in SUBJECT_PRONOUNS
                                                             or out[i + 1].lower() in DETERMINERS):
            break  # "while we were driving": a clause of its own; "before regionals and not charging us" is not
        at = i + 2 if low in ("and", "or") and out[i + 1].lower() == "not" and i + 2 < len(out) else i + 1
        if low in ("and", "or") and out[at].lower().endswith("ing"):
            other = gerund_to_base(out[at])
            if other:
                out[at] = other  # "and driving it" -> "and drive it", "and not charging us" -> "and not charge us"
    return lead + " ".join(out)


@cache
def vp_to_gerund(vp: str) -> str:
    """'wear it on my walks' -> 'wearing it on my walks' (adverbs first are kept in place)."""
    lead, rest = split_adverbs(vp)
    verb, _, tail = rest.partition(" ")
    if verb.lower().endswith("ing") and is_gerund_start(verb):
        return vp
    low = verb.lower()
    if low in lexicon.BE_FORMS:
        verb = "be"  # "were the first person" -> "being the first person"
    elif lexicon.is_form(low, "VBZ") or lexicon.is_past(low):
        verb = lexicon.lemma(low) or verb  # "calls me" -> "calling me", "let the plumber in" -> "letting"
    if low in ("come", "go") and first_word(tail) in BARE_AFTER_GO:
        tail = f"to {tail}"  # "come see you over Christmas" -> "coming to see you", never "coming see you"
    return f"{lead}{present_participle(verb)}" + (f" {tail}" if tail else "")


BARE_AFTER_GO = frozenset("see visit get meet help pick hang stay say check".split())


def has_finite_verb(ws: list[str]) -> bool:
    """A verb that needs a subject ('looks', 'stood', 'are'): the words form a clause, not a noun phrase.
    A verb after 'you', 'that', ... belongs to a relative clause ('the way you laughed at my jokes') and
    does not count; neither does a participle describing a thing ('the stars stitched in the corner')."""
    relative = tail = False
    for i, w in enumerate(ws):
        prev = ws[i - 1] if i else ""
        if i and w in SUBORDINATORS and w not in RELATIVE_MARKS:
            return False  # "a diaper cake taller than the baby will be": the verb is the other clause's
        if tail and (not is_finite(w) or prev in AUXILIARIES or prev in VERB_ADVERBS or prev in ("not", "and", "or")
                     or i > 1 and ws[i - 2] == "and" and prev in SUBJECT_PRONOUNS):
            continue  # "the night you let us hold him", "which my husband has not stopped", "the night the power
            # went out and we did rounds": the relative runs on
        if i and w.endswith("'re") and w in RELATIVE_SUBJECTS and prev not in PREPOSITIONS and not relative:
            tail = True  # "the dashboard they're rebuilding": the relative's verb is in "they're"
            continue
        if i and (w in RELATIVE_MARKS or w in RELATIVE_SUBJECTS or prev in TIME_WORDS and w in DETERMINERS) \
                and prev not in PREPOSITIONS and not relative:
            relative = True  # "the notes people wrote inside", "the jam my mom made", "the night the dryer ate"
            continue
        if relative and w in VERB_ADVERBS | LEADING_ADVERBS:
            continue  # "the car seat we still needed": the adverb sits inside the relative clause
        if relative and prev in RELATIVE_MARKS | VERB_ADVERBS | LEADING_ADVERBS and is_verb(w):
            relative, tail = False, True  # "the first thing we made": "made" is the relative clause's verb
            continue
        if i and w in ("called", "named", "titled") and (tail or relative):
            continue  # "the playlist he made me called songs for your commute": what it is named, not a verb
        if not relative and w not in AUXILIARIES and (prev in PREPOSITIONS and prev != "to"
                                                      or prev == "to" and "ADJ" in lexicon.parts(w)):
            continue  # "your exotic animal clinic on weds": after a preposition comes its noun, never the verb
        if _verb_at(ws, i):
            if relative:
                relative, tail = False, True
                continue
            return True
    return False


def _verb_at(ws: list[str], i: int) -> bool:
    w = ws[i]
    prev = ws[i - 1] if i else ""
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    if w in PARTICIPLES:
        return nxt in DETERMINERS or nxt in OBJECTS or nxt[:1].isdigit() or nxt in NUMBERS or nxt in EVERYONE or (  # "made 3 pies"
            nxt == "you" and i + 2 < len(ws) and ws[i + 2] in DETERMINERS)  # "Maya made you a crown"
    if not i and w.endswith("ed") and "NOUN" in lexicon.parts(nxt) and nxt not in OBJECTS:
        return False  # "(Bob's) smoked turkey": right after its determiner, a participle describes the noun
    if (i == 1 or i >= 2 and ws[i - 2] in DETERMINERS) and w.endswith("ed") and i + 2 == len(ws) \
            and _describes_last_noun(prev, nxt):
        return False  # "the deep fried turkey", "the flood damaged ledgers": the last noun, described
    if i and w in ("is", "was", "are", "were", "has") and prev in ("one", "each", "both", "all", "that", "this"):
        return True  # "each one is a different color": a pronoun, then its verb
    if prev in PREPOSITIONS and w.endswith("ed") and "NOUN" in lexicon.parts(nxt) and nxt not in OBJECTS:
        return False  # "my work on whistled languages", "a box of baked goods": a participle describing the noun
    if prev in DETERMINERS or (i >= 2 and ws[i - 2] in DETERMINERS and _only_adjective(prev)):
        return False  # "the tops", "the crinkly tops": a noun after its determiner, never a verb
    if is_finite(w):
        return True
    if w in STATE_VERBS and prev not in DETERMINERS and ("ADJ" in lexicon.parts(nxt) or nxt in ("like", "so", "perfectly")):
        return True  # "coffee stays hot", "it looks amazing"
    if not i or prev in DETERMINERS or prev in PREPOSITIONS or w in PREPOSITIONS or w in DETERMINERS:
        return False
    if w.endswith("ed") and (nxt in ED_LINKS or nxt in DETERMINERS or nxt in OBJECTS):
        return True  # "the candles smelled like pine", "the glaze matched my coat"
    after = ws[i + 2] if i + 2 < len(ws) else ""
    if i == 1 and w.endswith("s") and (nxt == "now" or nxt in AFTERWORDS or nxt == "on" and after == "time") \
            and lexicon.is_form(w, "VBZ") and "NOUN" in lexicon.parts(prev) and "ADJ" not in lexicon.parts(prev) \
            and not prev.endswith("s"):
        return True  # "(my) leave starts on time now": a noun, then what it does
    if w.endswith("s") and nxt in ("like", "so", "perfectly", "amazing", "great", "good") and lexicon.is_form(w, "VBZ"):
        return True  # "the candle smells like pine", "it looks amazing"
    if nxt in OBJECTS and len(w) > 2 and w not in ("and", "but", "then", "yet") and not (w.endswith("ing") and lexicon.is_form(w, "VBG")):
        return True  # "the kids love it"; not "finding a crab and naming it Steve"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and nxt in DETERMINERS and nxt not in NUMBERS:
        return True  # "my portfolio includes a case study"
    if (i == 1 or ws[i - 2] in DETERMINERS) and "NOUN" in lexicon.parts(prev) and lexicon.is_past(w) \
            and lexicon.lemma(w) not in (None, w) and _object_or_adjunct(nxt):
        return True  # "my manager drove 2 hours": an irregular past after its subject ("drove" is a noun too;
        # "the wood stove and" is not "stave", "years married today" no verb)
    if (i == 1 or ws[i - 2] in DETERMINERS) and prev.endswith("s") and lexicon.is_past(w) \
            and (_object_or_adjunct(nxt) or nxt in kin() or is_given_name(nxt)) and is_plural_noun(prev):
        return True  # "the kids beat nana at rummy": a plural subject, then a past that is also its base
    if prev.endswith("s") and not w.endswith("s") \
            and (nxt in ("about", "around", "only", "just", "like", "less", "more") or nxt[:1].isdigit() or nxt in NUMBERS) \
            and w in lexicon.parts(w).get("VERB", ()) and is_plural_noun(prev):
        return True  # "3 a.m. bottles take about 30 seconds now": a plural subject, then its verb and how much
    return prev in VERB_ADVERBS and i >= 2 and ws[i - 2] not in DETERMINERS  # "the kids still talk"


def _object_or_adjunct(word: str) -> bool:
    """What may follow a verb: an object, a number, a determiner or a preposition ('drove 2 hours', 'drove me')."""
    return word in DETERMINERS or word in OBJECTS or word in PREPOSITIONS or word[:1].isdigit()


def _only_adjective(word: str) -> bool:
    pos = lexicon.parts(word)
    return "ADJ" in pos and "NOUN" not in pos and "VERB" not in pos


def says_what_someone_did(phrase: str) -> bool:
    """'Mom loved the lilies', 'the kids love it': a verb with its own object, not a thing described by a
    participle ('a machine shaped like an owl', 'his old rocking horse, repainted', 'taller than the baby will be')."""
    ws = [w.lower().replace("’", "'") for w in words(phrase)]
    if ws and ws[0] in CLAUSE_STARTS:
        return True
    for i, w in enumerate(ws[1:], start=1):
        if w in SUBORDINATORS or w in RELATIVE_MARKS:
            return False
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if (is_finite(w) or lexicon.is_past(w)) and (nxt in DETERMINERS or nxt in OBJECTS) and nxt not in NUMBERS:
            return ws[i - 1] not in DETERMINERS
    return False


def is_adjunct(phrase: str) -> bool:
    """'at five in the morning', 'on a school night', 'before we were even up', 'all the way from Denver':
    when or how something happened, not a thing or a clause of its own."""
    ws = [w.lower() for w in words(phrase)]
    while len(ws) > 1 and ws[0] in LEADING_ADVERBS | {"right", "already"}:
        ws = ws[1:]  # "already loaded with our next 3 picks": how it came
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
    """What a typed phrase is (see _shape); a noun phrase the tagger reads as a subject and its verb is a
    clause: "my first novel comes out in January" ("comes" is a noun to the lexicon too); a phrase opening on
    an article in which the tagger finds no verb that needs a subject (outside a relative clause) is a thing."""
    found = _shape(phrase, default)
    if found in ("np", "vp") and subject_said(phrase):
        return "clause"
    if found == "clause" and first_word(phrase) in ("the", "a", "an") and not tagger.has_main_verb(_first_sentence(phrase)):
        return "np"  # "the karaoke, never speak of it", "a sticky note that said ...": no verb of its own, a thing
    return found


def subject_said(phrase: str) -> bool:
    """Whether the tagger reads the phrase as a subject and its verb ("the team is moving to Kubernetes"), not a
    thing that a verb-like word only describes ("the wood fired menu and prepping for brunch service")."""
    return tagger.subject_then_verb(_first_sentence(phrase))


BE_AFTER_THERE = frozenset({"is", "was", "are", "were", "'s"})


def _first_sentence(phrase: str) -> str:
    return SENTENCE_END.split(phrase, 1)[0] if ". " in phrase or "! " in phrase else phrase


def _shape(phrase: str, default: str = "vp") -> str:
    """What a typed phrase is: 'clause' ('I made my flight'), 'act' ('driving me home'),
    'np' ('the deep green', 'Thanksgiving'), 'vp' ('wear it on my walks') or, for a noun-like field,
    'adjunct' ('at five in the morning').

    `default` is what a phrase without a determiner is taken for: 'np' for a gift ('garden shears'),
    'vp' for a use or a plan ('see you at Thanksgiving')."""
    phrase = _first_sentence(phrase)  # "diapers. so many diapers": what the first sentence is
    ws = [w.lower().replace("’", "'") for w in TOKEN.findall(phrase)]  # numbers too: "drove 4 hours"
    if not ws:
        return "np"
    lead = 0
    while lead < len(ws) - 1 and ws[lead] in LEADING_ADVERBS:
        lead += 1
    head = ws[lead]
    if head in ("there's", "theres") or head == "there" and len(ws) > lead + 1 and ws[lead + 1] in BE_AFTER_THERE:
        return "clause"  # "there's a tiny plastic dinosaur hiding in the moss": a sentence of its own
    if head in EVERYTHING and len(ws) > lead + 1 and (ws[lead + 1] in RELATIVE_MARKS or ws[lead + 1] in RELATIVE_SUBJECTS):
        return "clause" if has_finite_verb(ws[lead:]) else "np"  # "everything you did for the team": a thing
    if head == "everything" and not has_finite_verb(ws[lead + 1:]):
        return "np"  # "everything this year, especially getting up with the baby": a thing thanked for
    if head in ("baby", "little") and len(ws) > 2 and phrase.split()[1][:1].isupper() \
            and (lexicon.is_form(ws[2], "VBZ") or lexicon.is_past(ws[2])):
        return "clause"  # "baby June naps on it every afternoon": she does, never "I can't wait to baby June"
    if head in CLAUSE_STARTS or (_joins_a_sentence(ws) and not is_gerund_start(phrase)
                                 and not _past_verb_phrase(ws, lead)):  # "made chili in it and it was so good"
        return "clause"  # not "doing all the night feedings so I could sleep": an act, and why
    if _past_verb_phrase(ws, lead):
        return "past"  # "shoveled our whole driveway", "never once knocked": what someone did
    if default == "vp" and len(ws) > lead + 1 and ws[lead + 1] in COMPOUND_TIMES and "NOUN" in lexicon.parts(ws[lead]):
        return "np"  # "date night when my mom can babysit": never "I can't wait to date night"
    if default == "vp" and head in TIME_WORDS and head not in ("time", "step", "single") \
            and not has_finite_verb(ws[lead + 1:]):
        return "np"  # "weekend away in Jan": a time to look forward to, never "until I weekend away"
    if default == "vp" and _imperative(ws, lead):
        return "imperative"  # "come see us in Denver": asked of the reader
    if head in ("none", "nothing") and len(ws) > 1 and lexicon.is_past(ws[1]):
        return "clause"  # "none broke in the mail": none of them did
    if ws[0] in ("every", "each") and _counted_subject(ws):
        return "clause"  # "every single card was still in it": a subject, then its verb (not "every morning")
    if head in QUANTIFIERS and QUANTIFIED_SUBJECT.match(phrase) and has_finite_verb(ws[QUANTIFIED_SUBJECT.match(phrase).group(0).count(" "):]):
        return "clause"  # "every single one of them signed it": a subject, then its verb
    if default == "np" and is_adjunct(phrase):
        rest = phrase.split(",", 1)[1].strip() if "," in phrase else ""
        joined = rest and first_word(rest) not in ("which", "who", "even")  # ", which was amazing" says more of it
        return "clause" if joined and shape(rest, "np") == "clause" else "adjunct"  # "In the card, you wrote"
    if is_gerund_start(phrase):
        if len(ws) > lead + 2 and ws[lead + 1] in GERUND_SUBJECT_VERBS:
            return "clause"  # "shipping must have cost a fortune", "cooking was the best part": the act is a subject
        return "act"
    if default == "vp" and _present_verb_phrase(ws, lead):
        return "pres3"  # "covers insulin for 14 patients": what the gift does
    named = phrase.lstrip()[:1].isupper() and head != "i"
    if named and len(ws) > lead + 1 and not _someone(head) and _plural_thing_named(ws[lead + 1:]):
        return "np"  # "CRISPR screens in organoids", "Python scripts for the lab": a name and the things it names
    if named and _named_subject_then_past(phrase):
        return "clause"  # "Mom read every card out loud", "Mrs. Lee made kimchi jjigae"
    if head in DETERMINERS or head in BARE_NOUNS or named:
        return "clause" if has_finite_verb(ws[lead + 1:]) else "np"
    if default == "np" and has_finite_verb(ws[lead + 1:]):
        return "clause"
    if default == "vp":
        if (head in NOUN_STARTS or head in NUMBERS) and not has_finite_verb(ws[lead + 1:]):
            return "np"  # "first real meal I ate all week": the verb is a relative clause's
        if _main_finite_verb(ws[lead + 1:]) and has_finite_verb(ws[lead + 1:]):
            return "clause"  # "families in Eastgate will eat well": a subject, then its verb (not a relative's)
        if head[:1].isdigit() and has_finite_verb(ws[lead + 1:]):
            return "clause"  # "3 a.m. bottles take about 30 seconds now"
        named = lead + 2 if len(ws) > lead + 2 and ws[lead + 1][:1].isdigit() else lead + 1  # "chapter 3"
        at = named + 1 if len(ws) > named + 1 and ws[named] in VERB_ADVERBS | LEADING_ADVERBS else named
        if len(ws) > at and "NOUN" in lexicon.parts(head) and not is_verb(head) and lexicon.is_form(ws[at], "VBZ") \
                and not head.endswith("s") and (at > lead + 1 or len(ws) > at + 1 and ws[at + 1] in AFTERWORDS | {"now"}):
            return "clause"  # "car actually stops now", "chapter 3 finally makes sense": a subject, then what it does
        if len(ws) in (lead + 2, lead + 3) and "NOUN" in lexicon.parts(head) and not is_verb(head) \
                and lexicon.is_past(ws[lead + 1]) and (len(ws) == lead + 2 or ws[lead + 2] in AFTERWORDS):
            return "clause"  # "client signed anyway": a subject and what it did
        if _noun_first(ws[lead:]) or "&" in phrase.split()[0]:
            return "np"  # "walks in the park", "new running shoes", "pb&js for life"
    return default


def _plural_thing_named(rest: list[str]) -> bool:
    """'screens in organoids' after a name: a plural noun, then a preposition or nothing, is no verb of the name's."""
    word, after = rest[0], rest[1] if len(rest) > 1 else ""
    return word.endswith("s") and (not after or after in PREPOSITIONS) and "NOUN" in lexicon.parts(word) \
        and is_plural_noun(word)


def _describes_last_noun(prev: str, nxt: str) -> bool:
    """Whether 'PREV -ed NXT' closing a phrase is one description of its last noun: "deep fried turkey" (an
    adverb first), "flood damaged ledgers" (a noun first: flood-damaged), not "the kids loved it"."""
    if "NOUN" in lexicon.parts(nxt) and nxt not in OBJECTS and {"ADJ", "ADV"} & set(lexicon.parts(prev)):
        return True
    return nxt.endswith("s") and is_plural_noun(nxt) and not prev.endswith("s") \
        and set(lexicon.parts(prev)) >= {"NOUN"} and not lexicon.is_past(prev) and not _someone(prev)


def _someone(word: str) -> bool:
    """'dad', 'kid', 'dog', 'rosa': who may do what the next verb says."""
    return word in kin() or word in PERSON_WORDS or word in word_list("pets") or word in ("kid", "baby", "team") \
        or is_given_name(word)


DONE_TO_ME = _words("done_to_me")  # "approved on the first try": I was approved
GERUND_SUBJECT_VERBS = frozenset("must was is were are has had will would could can might should".split())
EVERYONE = frozenset("everyone everybody someone somebody".split())  # "your homily made everyone laugh"
PASTS_OF_OTHERS = frozenset("found saw left wound ground".split())  # a base of one verb and the past of another
AFTERWORDS = frozenset("anyway anyways too again already finally yesterday today eventually".split())
HOLIDAY_THINGS = _words("holiday_things")  # "a Christmas card", "the Easter basket": things, not the day
THING_ADJECTIVES = _words("thing_adjectives")  # "they are so expensive": things, never "you are so expensive"
QUANTIFIERS = frozenset("every each all both none most some many".split())
QUANTIFIED_SUBJECT = lazy_regex(r"^(?:every (?:single )?one|each(?: one)?|all|both|none|most|some|many) of "
                                r"(?:them|us|you|the \w+|my \w+|our \w+) ", re.I)


def _counted_subject(ws: list[str]) -> bool:
    """'every single card was ...', 'each box had ...': a counted thing, then the verb it does."""
    at = 2 if len(ws) > 2 and ws[1] == "single" else 1
    if len(ws) <= at + 1 or ws[at] in TIME_WORDS or "NOUN" not in lexicon.parts(ws[at]):
        return False
    return is_finite(ws[at + 1])  # an auxiliary ("was", "had") is finite too


def _noun_first(ws: list[str]) -> bool:
    """A use that opens with a plural noun or a plain adjective names a thing, not what to do."""
    head, nxt = ws[0], ws[1] if len(ws) > 1 else ""
    if nxt in DAYS_PLURAL and "NOUN" in lexicon.parts(head):
        return True  # "soup sundays", "taco tuesdays": a thing to look forward to, not "soup" done
    if head in NOUN_STARTS or head in NUMBERS or head[:1].isdigit() or "&" in head:
        return True  # "twenty more", "3 new tires", "pb&js for life"
    when = nxt in ("every", "each", "all") and len(ws) > 2 and ws[2] in TIME_WORDS  # "smoothies every morning"
    if (nxt in OBJECTS or nxt in DETERMINERS) and not when:
        return False
    if when and not is_verb(head):
        return True  # "challah every friday now": a thing that comes round, never "to challah"
    if head.endswith("s") and not head.endswith(("ss", "us", "is")) and is_plural_noun(head):
        return True  # "walks in the park", "books for my course"
    if "ADJ" in lexicon.parts(head) and nxt.endswith("s") and is_plural_noun(nxt) and not lexicon.is_form(nxt, "VBZ"):
        return True  # "green smoothies every morning": a thing; "clean dishes" would be "clean" (dishes is a verb too)
    return not is_verb(head)  # "college tuition", "cornbread for xmas" (unknown words are things); not "learn to make hummus"


def is_verb_phrase(phrase: str) -> bool:
    """'buy a bike', 'save for a car', 'put it toward books': a phrase that surely opens with a verb."""
    ws = [w.lower() for w in words(phrase)]
    while len(ws) > 1 and ws[0] in LEADING_ADVERBS:
        ws = ws[1:]
    if not ws or not is_verb(ws[0]):
        return False
    if len(ws) > 1 and (ws[1] in OBJECTS or ws[1] in DETERMINERS or ws[1] in PREPOSITIONS):
        return True  # "buy a bike", "save for a car", "put it toward books"
    return not {"NOUN", "ADJ"} & set(lexicon.parts(ws[0]))  # "rent" alone is a thing


def _main_finite_verb(ws: list[str]) -> bool:
    """A finite verb not inside a 'when/once/if/how ...' part: 'use it when the days are cold' and
    'keep you posted on how the first term goes' stay phrases."""
    for i, w in enumerate(ws):
        if w in SUBORDINATORS or w in WH_WORDS:
            return False
        if is_finite(w) and not (i and ws[i - 1] in OBJECTS | {"you"}):  # "keep you posted", "get it done"
            return True
        if w in STATE_VERBS and i + 1 < len(ws) and "ADJ" in lexicon.parts(ws[i + 1]):
            return True  # "coffee stays hot": a subject, then how it stays
    return False


PAST_AUXILIARIES = frozenset("was were had did could wasn't weren't didn't couldn't hadn't".split())


def _is_past_word(w: str) -> bool:
    return w in PAST_AUXILIARIES or (w not in AUXILIARIES and lexicon.is_past(w))


def is_past(clause: str) -> bool:
    """Whether a clause tells what happened ('I got better faster', 'we came home to a green house')."""
    ws = [w.lower().replace("’", "'") for w in words(clause)]
    if ws and ws[0] in SUBJECT_PRONOUNS:  # the verb comes right after: "I start each day feeling looked after"
        rest = [w for w in ws[1:] if w not in LEADING_ADVERBS and w not in VERB_ADVERBS]
        return bool(rest) and _is_past_word(rest[0])
    for w in ws[1:]:
        if w not in PARTICIPLES and _is_past_word(w):
            return True
        if w in AUXILIARIES or is_finite(w):
            return False
    return False


def past_event(clause: str) -> bool:
    """Whether a clause tells one thing that happened ('the kids did a talent show'), not a state or a habit
    ('the last show was in 2019', 'you used to do mine')."""
    ws = [w.lower().replace("’", "'") for w in words(clause)]
    verb = next((w for w in ws[1:] if _is_past_word(w)), "") if is_past(clause) else _done_after_subject(ws)
    return bool(verb) and verb not in ("was", "were", "had", "used", "would")


def _done_after_subject(ws: list[str]) -> str:
    """'salah actually signed it': the past after a one-word subject (and its adverbs), read as what was done
    when more follows, though is_past passes over it as a participle ('signed by the artist')."""
    at = 1
    while at < len(ws) and (ws[at] in VERB_ADVERBS or ws[at] in LEADING_ADVERBS or ws[at] == "actually"):
        at += 1
    done = at < len(ws) - 1 and lexicon.is_past(ws[at]) and lexicon.lemma(ws[at]) != ws[at]
    return ws[at] if done else ""


PARTICLES = frozenset("off up out in down over away back around through along on".split())


def _skip_adverbs(ws: list[str], at: int) -> int:
    while at < len(ws) - 1 and (ws[at] in LEADING_ADVERBS or ws[at] in VERB_ADVERBS):
        at += 1
    return at


DONE_ALREADY = frozenset({"already", "finally"})


def _past_verb_phrase(ws: list[str], lead: int) -> bool:
    """'shoveled our whole driveway', 'made pesto last night', 'never once knocked': a past with no subject.
    A past that is also a base ('set the table'), an adjective or a noun ('used books') counts only before
    an object or a particle; a participle before a preposition describes a thing ('engraved with ...')."""
    at = _skip_adverbs(ws, lead)
    w, nxt = ws[at], ws[at + 1] if at + 1 < len(ws) else ""
    if w in ("did", "had") and (nxt in DETERMINERS or nxt in NUMBERS or nxt[:1].isdigit() or nxt in OBJECTS or nxt in ("all", "both", "everyone")
                                or w == "did" and set(lexicon.parts(nxt)) >= {"NOUN"} and len(ws) > at + 2
                                or w == "had" and nxt.endswith("s") and is_plural_noun(nxt)):
        return True  # "did the migration for 40 clients", "still had leaves on them": a main verb, not an auxiliary
    if w in PASTS_OF_OTHERS and (nxt in DETERMINERS or nxt in OBJECTS):
        return True  # "found a place near Forsyth Park": found, the past of find (not "to found")
    if w.endswith("ed") and len(w) > 4 and not lexicon.known(w) and (nxt in DETERMINERS or nxt in OBJECTS):
        return True  # "snowblowed our whole driveway": a past the lexicon does not know, before its object
    if w in AUXILIARIES or not lexicon.is_past(w):
        return w.endswith("'d") and len(w) > 3 and bool(nxt)  # "venmo'd us"
    if w in PARTICIPLES and (not nxt or nxt in PREPOSITIONS and nxt not in PARTICLES):
        return False
    if w in INSCRIBED and nxt not in DETERMINERS and nxt not in OBJECTS:
        return False  # "engraved 31 years, 3,000 night shifts": the words on the thing
    if w in lexicon.parts(w).get("VERB", ()):
        # "set", "put", "cut": the base form too; read as a plan, unless "already" shows it done and the tagger
        # reads it so ("already read 3 books on it": I've read them)
        return at > lead and ws[at - 1] in DONE_ALREADY and tagger.tags(" ".join(ws[at - 1:]))[1] in ("VBD", "VBN")
    if {"NOUN", "ADJ"} & set(lexicon.parts(w)):
        return (nxt in DETERMINERS or nxt in OBJECTS or nxt in PARTICLES or nxt[:1].isdigit() or nxt in QUANTIFIERS
                or nxt in INTENSIFIERS or nxt in ("better", "worse", "much", "way", "less", "more")  # "felt so much
                # better", "felt way less homesick"
                or (lexicon.is_past(w) and is_given_name(nxt)))  # "drove liam to practice": a verb, then whom
    return bool(nxt)


def _named_subject_then_past(phrase: str) -> bool:
    """'Mrs. Lee made kimchi the first night': a name, then a past with its object (not 'Mom's cake made with love')."""
    tokens = phrase.split()
    at = 0
    while at < len(tokens) and (tokens[at][:1].isupper() or tokens[at].lower().rstrip(".") in ("mr", "mrs", "ms", "dr")):
        at += 1
    if not at or at >= len(tokens) - 1 or tokens[at - 1].endswith(("'s", "’s")):
        return False
    verb, nxt = tokens[at].lower(), tokens[at + 1].lower()
    if lexicon.is_form(verb, "VBZ") and verb not in AUXILIARIES and tokens[0].lower() not in ("the", "a", "an") \
            and (nxt in PREPOSITIONS or nxt == "to" or nxt in DETERMINERS or nxt in OBJECTS):
        return True  # "Leo reads to his sister every night": a name, then what they do now
    return lexicon.is_past(verb) and verb not in AUXILIARIES and nxt not in PREPOSITIONS


def opens_with_a_verb(phrase: str) -> bool:
    """'let the plumber in', 'let me crash on her couch', 'set the table': a verb and its object, read as
    an act when the fact should be a thing or an act ('watch you all chipped in for' is not: 'watch' is a noun too)."""
    ws = [w.lower() for w in words(phrase)]
    if len(ws) < 2 or not is_verb(ws[0]) or ws[0] in AUXILIARIES:
        return False
    nxt = ws[1]
    if nxt in PARTICLES and len(ws) > 2 and ws[2] in DETERMINERS and ws[2] not in NUMBERS:
        return True  # "read over my essays", "picked up the kids"
    if nxt in PARTICLES and len(ws) > 2 and ws[2] not in DETERMINERS and ws[2] not in PREPOSITIONS:
        nxt = ws[2]  # "set up Dentrix": the object after the particle
        return nxt[:1].isalpha() and not is_verb(nxt) or nxt in DETERMINERS
    if nxt in DETERMINERS and nxt not in NUMBERS and nxt != "one":
        return not is_plural_noun(ws[0])
    return nxt in ("me", "us") or (nxt in OBJECTS and "NOUN" not in lexicon.parts(ws[0]))


def _joins_a_sentence(ws: list[str]) -> bool:
    """'the tasting notes say blueberry and they are not lying': a subject and its verb after 'and', 'but' or
    'so' make the whole a sentence, whatever it opens with; but 'the night the power went out and we did
    rounds' is a moment, its verbs a relative clause's."""
    if len(ws) > 2 and ws[0] in DETERMINERS and ws[1] in TIME_WORDS:
        return False
    return any(w in SENTENCE_JOINS and ws[i + 1] in SUBJECT_PRONOUNS and is_finite(ws[i + 2])
               for i, w in enumerate(ws[1:-2], start=1))


def _imperative(ws: list[str], lead: int) -> bool:
    """'come see us in Denver', 'let us know', "let's get dinner": the reader is asked to do something."""
    if ws[lead] == "let's" or (not lead and ws[0] in INVITATION_VERBS):
        return True
    if lead or not is_verb(ws[0]) or {"NOUN", "ADJ"} & set(lexicon.parts(ws[0])):
        return False
    head = []
    for w in ws[1:4]:
        if w in SUBORDINATORS or w in DETERMINERS:
            break
        head.append(w)
    return bool({"us", "me"} & set(head))


def _present_verb_phrase(ws: list[str], lead: int) -> bool:
    """'covers insulin for 14 patients', 'keeps me warm': a present in -s with no subject."""
    w, nxt = ws[lead], ws[lead + 1] if lead + 1 < len(ws) else ""
    if not nxt or not lexicon.is_form(w, "VBZ") or w in AUXILIARIES:
        return False
    if nxt in PREPOSITIONS or nxt == "to":
        return "NOUN" not in lexicon.parts(w)  # "pays for repairs" is what it does; "tickets to see boygenius" things
    if nxt in ("and", "or") and "NOUN" in lexicon.parts(w):
        after = ws[lead + 2] if lead + 2 < len(ws) else ""
        return lexicon.is_form(after, "VBZ")  # "smells and tastes like fig"; "snacks and a mix CD" are things
    return nxt in DETERMINERS or nxt in OBJECTS or nxt[:1].isdigit() or "VERB" not in lexicon.parts(nxt) \
        or (w in STATE_VERBS and "ADJ" in lexicon.parts(nxt))


def past_to_gerund(vp: str) -> str:
    """'mowed our lawn since Ray passed' -> 'mowing our lawn since Ray passed'; 'knocked or asked for
    anything' -> 'knocking or asking for anything': each verb of the phrase itself, none of a clause in it."""
    out = vp.split(" ")
    verb_next = True
    changed = False
    for i, word in enumerate(out):
        low = word.lower().strip(",")
        if low in SUBORDINATORS or low in RELATIVE_MARKS:
            break
        after = out[i + 1].lower() if i + 1 < len(out) else ""
        main_aux = low in ("did", "had") and (i == 0 or after in DETERMINERS)  # "had us over", ", did the dishes"
        unknown_past = i == 0 and low.endswith("ed") and len(low) > 4 and not lexicon.known(low)  # "snowblowed"
        if verb_next and low == "kept" and after.endswith("ing"):
            out[i] = ""  # "kept refilling my plate": refilling it, again and again (never "keeping refilling")
            continue
        if verb_next and (lexicon.is_past(low) or low.endswith("'d") or unknown_past) \
                and (low not in AUXILIARIES or main_aux):
            base = lexicon.lemma(low) or low[:-2]
            out[i] = present_participle(base) + word[len(word.rstrip(",")):]
            verb_next, changed = False, True
        elif low in ("and", "or") or word.endswith(","):
            verb_next = True
        elif verb_next and i and low not in LEADING_ADVERBS and low not in VERB_ADVERBS:
            verb_next = False  # ", not just the assigned ones": a verb after a comma comes first, or it is no act
    text = " ".join(w for w in out if w)
    if changed and " and " in text:  # "noticed he couldn't see the board and told us": and telling us (the clause
        # inside stops the walk, but what was done to the writer is the giver's act too)
        text = AND_TO_ME.sub(lambda m: f"and {present_participle(lexicon.lemma(m.group(1)) or m.group(1))} {m.group(2)}"
                             if lexicon.is_past(m.group(1)) and m.group(1) not in AUXILIARIES else m.group(0), text)
    if changed and NEGATED_PAST.search(text):
        text = NEGATED_PAST.sub(lambda m: f"{' and' if m.group(1) == ',' else m.group(1)} {m.group(2) or 'not'} "
                                          f"{m.group(3) or ''}{present_participle(lexicon.lemma(m.group(4)) or m.group(4))}",
                                text)
    return text


AND_TO_ME = lazy_regex(r"\band ([a-z]+) (us|me)\b")
# "explained it slowly and didn't rush" -> "... and not rushing"; "and never complained" -> "and never complaining";
# "carried it up by herself, wouldn't let me help" -> "... and not letting me help"
NEGATED_PAST = lazy_regex(r"(\band(?: still)?|\bor|,)\s+(?:didn't|didn’t|did not|wouldn't|wouldn’t|would not|(never))\s+"
                          r"((?:once|even|ever|really|just|always|actually)\s+)?(?!\w+ing\b)([a-z]+)\b")  # "never once complained"


def past_to_clause(vp: str, subject: str) -> str:
    """'ran the emails, cut churn 18%' with 'I' -> 'I ran the emails and cut churn 18%'."""
    parts = [p.strip() for p in vp.split(",")]
    if len(parts) > 1 and all(p and _past_verb_phrase(words(p.lower()), 0) for p in parts[1:]):
        vp = ", ".join(parts[:-1]) + " and " + parts[-1]
    ws = words(vp.lower())
    if ws and ws[0] in DONE_TO_ME and (len(ws) == 1 or ws[1] not in DETERMINERS and ws[1] not in OBJECTS):
        return f"{subject} {'was' if subject.lower() in ('i', 'he', 'she', 'it') else 'were'} {vp}"  # "approved on the first try"
    return f"{subject} {vp}"


def starts_with_back_pronoun(clause: str) -> bool:
    """'it makes the start of every week lighter', "it's the exact blue of my bike": the clause leans on the
    sentence before it."""
    head = first_word(clause)
    return head in PRONOUN_SUBJECTS_BACK or head.split("'")[0] in PRONOUN_SUBJECTS_BACK


def strip_to(phrase: str) -> str:
    """'to wear it' -> 'wear it'; "I'll wear it" stays a clause."""
    return phrase[3:] if phrase.lower().startswith("to ") else phrase


def make_definite_reference(detail: str) -> str | None:
    """'the deep green' -> 'that deep green' (for an opener like 'That deep green!'); None otherwise."""
    if first_word(detail) == "the" and shape(detail, "np") == "np" and len(words(detail)) <= 5:
        return "that " + detail.split(" ", 1)[1]
    return None


# --- what a typed detail or use is, when it has no subject ------------------------------------------------

EMPHASIS = lazy_regex(r"(?:,?\s+(?:especially|in particular|most of all|above all|particularly))+$", re.I)


def without_emphasis(phrase: str) -> str:
    """'the ginger tea especially' -> 'the ginger tea': the emphasis is the person's, the phrase is the thing."""
    return EMPHASIS.sub("", phrase) if EMPHASIS.search(phrase) else phrase


def _tokens(phrase: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in TOKEN.findall(phrase)]


def verb_at_start(phrase: str) -> int:
    """Where the verb of a subjectless phrase is, in words: 'never once complained' -> 2."""
    return _verb_at_start(_tokens(phrase))


def _verb_at_start(ws: list[str]) -> int:
    """Where the verb of a subjectless phrase is, past its adverbs ('never once complained' -> 2)."""
    at = 0
    while at < len(ws) - 1 and (ws[at] in LEADING_ADVERBS or ws[at] in VERB_ADVERBS):
        at += 1
    return at


@cache
def subjectless(phrase: str) -> str:
    """What a phrase typed with no subject tells: 'past' ('sent us pics every day', 'never once complained'),
    'present' ('smells like fig', 'knows every kid by name'), 'negative' ("wouldn't take any money for it"),
    or '' (a thing, a clause, a plan)."""
    ws = _tokens(phrase)
    if len(ws) < 2:
        return ""
    at = _verb_at_start(ws)
    w, nxt = ws[at], ws[at + 1] if at + 1 < len(ws) else ""
    if w in NEGATIVES and nxt and is_verb(nxt):
        if nxt == "have" and ws[at + 2:at + 3] == ["to"] and len(ws) <= at + 3:
            return ""  # "didn't have to": a kindness beyond duty, never thanked as "not having to"
        return "negative"
    if w.endswith("s") and nxt in PREPOSITIONS and "NOUN" in lexicon.parts(w) and not at:
        return ""  # "kayaks at sunrise": things, never "it kayaks"
    if w in ("did", "had") and (nxt in DETERMINERS or nxt in OBJECTS or nxt in MAIN_VERB_OBJECTS):
        return "past"  # "did all the edges", "had it framed"
    if w == "has" and (nxt in DETERMINERS or nxt in ("your", "his", "her", "my", "our", "their")):
        return "present"  # "still has his name tag on it": what the gift has
    if w in CLAUSE_STARTS or w in DETERMINERS or w in AUXILIARIES:
        return ""
    if at and lexicon.is_past(w) and "VERB" in lexicon.parts(w):
        return "past"  # "never once complained"
    if not nxt:
        return ""
    if _past_verb_phrase(ws, 0):
        return "past"
    if lexicon.is_form(w, "VBZ") and (_present_verb_phrase(ws, at) or nxt in ED_LINKS or nxt.endswith("ly")
                                      or nxt in PERSON_OBJECTS):
        return "present"
    return ""


MAIN_VERB_OBJECTS = frozenset("all every both so such everything most more".split())


@cache
def prepares(phrase: str) -> bool:
    """'wrapped it in old maps', 'had it framed': the giver got the gift ready (thanked for), not its history
    ('wore it on her wedding day', said as it is)."""
    ws = _tokens(phrase)
    at = _verb_at_start(ws)
    if not ws or _object_after(ws, at) not in ("it", "them"):
        return True  # "sent us pictures every day": more the giver did
    lemma = lexicon.lemma(ws[at]) or ws[at]
    return lemma in PREPARING_VERBS or (lemma == "have" and len(ws) > at + 2 and lexicon.is_form(ws[at + 2], "VBN"))


def acts_on_me(phrase: str) -> bool:
    """'texting me every morning': an act done to the writer (the giver's), not one shared ('kayaking at sunrise')."""
    ws = _tokens(phrase)
    at = _verb_at_start(ws)
    return _object_after(ws, at) in ("me", "us")


def participle_before_noun(phrase: str) -> bool:
    """'signed copy of his new book', 'framed photo of us': a thing described, not an act."""
    ws = _tokens(phrase)
    if len(ws) < 2:
        return False
    w, nxt = ws[0], ws[1]
    return (w in PARTICIPLES or lexicon.is_form(w, "VBN")) and nxt not in DETERMINERS and nxt not in OBJECTS \
        and nxt not in PREPOSITIONS and nxt not in PARTICLES and "NOUN" in lexicon.parts(nxt)


def _object_after(ws: list[str], at: int) -> str:
    """The word after a verb and its particle: 'got me through' -> 'me', 'set up the tent' -> 'the'."""
    nxt = ws[at + 1] if at + 1 < len(ws) else ""
    if nxt in PARTICLES and at + 2 < len(ws):
        return ws[at + 2]
    return nxt


@cache
def thing_does(phrase: str) -> bool:
    """Whether a gift is the subject of a detail typed with none: 'smells like fig', 'took her 3 months to
    make', 'made me cry'; not 'wrapped it in old maps' or 'made a card too' (the giver did those)."""
    ws = _tokens(phrase)
    if not ws:
        return False
    at = _verb_at_start(ws)
    if ws[at] in NEGATIVES:
        return False
    lemma = lexicon.lemma(ws[at]) or ws[at]
    if lemma in THING_VERBS:
        return True
    return lemma in CAUSING_VERBS and _object_after(ws, at) in PERSON_OBJECTS


@cache
def effect_of_the_thing(phrase: str) -> bool:
    """Whether what a use did was done by the gift or the act, not by the writer: 'got me through the flu',
    'made my week', 'let us sleep in'; not 'made short ribs in it' or 'finally get it'."""
    ws = _tokens(phrase)
    if len(ws) < 2:
        return False
    at = _verb_at_start(ws)
    obj = _object_after(ws, at)
    if obj in ("me", "us"):
        return True
    lemma = lexicon.lemma(ws[at]) or ws[at]
    if lemma == "mean" and len(ws) > at + 1 and ws[at + 1] in ("i", "we", "that", "my", "our", "no", "the"):
        return True  # "meant I didn't have to cook for a week": what it meant, never "I meant"
    if lemma in EFFECT_VERBS and obj in ("my", "our"):
        after = ws[ws.index(obj, at) + 1:] if obj in ws[at:] else []
        return bool(after) and (after[0] in EFFECT_OBJECTS or lemma in RESCUING_VERBS)  # "saved my whole thesis"
    return lemma == "make" and _made_it_so(ws[at + 1:at + 9])  # "made a really bad tuesday a lot better"


def _made_it_so(ws: list[str]) -> bool:
    """'the trip so much cheaper', 'everything easier', 'it possible': a thing made some way, which an act or
    a gift does ('made the trip cheaper'), unlike a thing made ('made pancakes')."""
    for w in ws[1:]:
        if w in ("so", "much", "more", "less", "way", "even", "possible", "better", "worse") or (
                w.endswith(("er", "ier")) and "ADJ" in lexicon.parts(w) and "NOUN" not in lexicon.parts(w)):
            return ws[0] in DETERMINERS or ws[0] in ("everything", "it", "things", "life")
    return False


def negative_to_gerund(phrase: str) -> str:
    """"wouldn't take any money for it" -> 'not taking any money for it'."""
    lead, rest = split_adverbs(phrase)
    _, _, tail = rest.partition(" ")
    inner, tail = split_adverbs(tail)  # "didn't even make me ask" -> "not even making me ask"
    verb, _, more = tail.partition(" ")
    comma = verb[-1:] in ",;"  # "didn't knock, just left it": the comma stays after the verb
    more = JUST_DID.sub(lambda m: f", just {past_to_gerund(m.group(1))}", more)  # "much just brought his shovel"
    said = f"{lead}not {inner}{present_participle(verb.rstrip(',;'))}"
    if not more:
        return said
    return said + (more if more.startswith(",") else (", " if comma else " ") + more)


JUST_DID = lazy_regex(r",?\s*\bjust\s+(\w+ed\b.*|brought\b.*|made\b.*|came\b.*|sat\b.*|took\b.*)$")


@cache
def adjective_phrase(phrase: str) -> tuple[str, str] | None:
    """A detail that says how the gift is: ('yellow', 'with little ducks'), ('so soft', ''), ('handmade', '');
    None for a thing ('little silver moons', 'the deep green') or anything else."""
    ws = words(phrase)
    low = [w.lower() for w in ws]
    if not low or low[0] in DETERMINERS:
        return None
    at = 0
    while at < len(low) - 1 and (low[at] in INTENSIFIERS or low[at] in ("still", "already")):
        at += 1
    end = at
    while end < len(low) and low[end] not in PREPOSITIONS and low[end] not in ("and", "but", "or") \
            and low[end] not in SUBORDINATORS:  # "still warm when she dropped them off"
        end += 1
    run = low[at:end]
    if not run or len(run) > 2:
        return None
    head = run[-1]
    pos = lexicon.parts(head)
    made = head.startswith(("hand-", "home-")) and len(run) == 1  # "hand-knit", "home-made"
    if "ADJ" not in pos and not lexicon.is_form(head, "VBN") and not made:
        return None
    if len(run) == 2 and "NOUN" in pos:
        return None  # "deep green", "perfect size": a thing, said as one
    if "NOUN" in pos and not at and end == len(low):
        return None  # "green" alone names the colour as well as it describes
    if end + 1 < len(low) and low[end] == "and" and "ADJ" in lexicon.parts(low[end + 1]) \
            and (end + 2 == len(low) or low[end + 2] in PREPOSITIONS):
        end += 2  # "yellow and white with the tiny ducks": both colours describe it
    described = " ".join(ws[:end])
    rest = " ".join(ws[end:])
    if "," in phrase or not phrase.lower().startswith(described.lower()):
        return None
    return described, rest


def intensified(phrase: str) -> bool:
    return first_word(phrase) in INTENSIFIERS


@cache
def with_subject_article(clause: str) -> str:
    """'pecan pie was unreal' -> 'the pecan pie was unreal', 'kids loved it' -> 'the kids loved it': a bare
    common noun opening a clause is the one the person means. Names, pronouns, gerunds ('kayaking at sunrise
    was the best') and phrases with a determiner are kept."""
    ws = words(clause)
    if len(ws) < 2 or not ws[0][:1].islower():
        return clause
    low = [w.lower() for w in ws]
    if low[0] in DETERMINERS or low[0] in SUBJECT_PRONOUNS or low[0] in CLOSED_STARTS or low[0].endswith(("'s", "’s")):
        return clause
    if ws[1][:1].isupper() or clause.split()[1][:1].isdigit():
        return clause[:1].upper() + clause[1:]  # "nurse Dolores held my hand", "track 4 is our song": a name
    if low[0].endswith("ing") or not {"NOUN", "ADJ"} & set(lexicon.parts(low[0])) or low[0] in BARE_NOUNS:
        return clause
    if low[1] == "of" or low[0] in LEADING_ADVERBS or low[0] in ("next", "last", "this", "every") and low[1] in TIME_WORDS:
        return clause  # "half of it is gone": a part of something; "even Sheila ... signed it": an adverb first
    for i in range(1, min(4, len(low))):
        after_adverb = i > 1 and "ADV" in lexicon.parts(low[i - 1]) and lexicon.is_form(low[i], "VBZ")
        if is_finite(low[i]) or low[i] in AUXILIARIES or (lexicon.is_past(low[i]) and i == len(low) - 1) or after_adverb:
            if all(not lexicon.parts(w) or {"NOUN", "ADJ"} & set(lexicon.parts(w))
                   or j and "ADV" in lexicon.parts(w) for j, w in enumerate(low[:i])):  # "car actually stops now"
                return "the " + clause
            return clause
        if low[i] in PREPOSITIONS or low[i] in DETERMINERS:
            return clause
    return clause


CLOSED_STARTS = frozenset("everyone everybody everything nobody nothing someone something all both each either "
                          "neither none no not mine yours ours theirs hers his".split())  # "mine is spelled wrong"


@cache
def brand_thing(phrase: str) -> bool:
    """'AirPods', 'a Kindle case', 'Instant Pot': a brand that names a thing one owns, which takes an article."""
    low = phrase.lower()
    return any(low == b or low.startswith(b + " ") for b in BRAND_THINGS)
