"""The words a phrase bank can use: each fact in the forms a sentence needs, and the flags that say which exist.

A template names forms in braces ("Thank you for {the_what}."); a form that starts with `_` is optional
and carries its own leading space or comma ("{_when}" is " yesterday" or nothing).
"""

import re
from dataclasses import replace
from functools import lru_cache

from thankful.domain import data, kinds
from thankful.domain.dates import describe_when
from thankful.writing import lexicon
from thankful.writing.facts import Facts, signed_by_several
from thankful.writing.lazy import lazy_regex
from thankful.writing.money import AMOUNT, amount_text, deductible_text, goods_statement, scrub_money
from thankful.writing.products import colours, containers
from thankful.writing.typed import given_name_sex, is_place, kin, word_list

from . import grammar as g
from . import interview as iv

# Which fact a form draws on: a template "uses" these facts, and is only chosen when they exist.
FORM_FACTS = {
    "the_what": "what", "what": "what", "act": "what", "act_base": "what", "act_ing": "what", "it": None,
    "use": "use", "use_ing": "use", "use_clause": "use", "use_np": "use",
    "detail_np": "detail", "detail_clause": "detail", "that_detail": "detail", "detail_act": "detail",
    "detail_did": "detail",
    "memory_np": "memory", "memory_clause": "memory", "memory_like": "memory",
    "ahead": "ahead", "ahead_ing": "ahead", "ahead_np": "ahead", "ahead_clause": "ahead", "ahead_question": "ahead",
    "ahead_invite": "ahead", "topic": "topic", "my_strength": "strength", "strength_clause": "strength",
    "extra_clause": "extra", "extra_np": "extra", "extra_send": "extra", "extra_follow": "extra",
    "extra_send_later": "extra", "question": "question", "question_about": "question", "question_whether": "question",
    "question_follow": "question",
    "org": "organization", "amount": "amount", "goods_statement": "goods", "deductible": "deductible",
    "_occasion_for": "occasion", "_appositive": None, "what_clause": "what",
}
# The flag a form needs to exist (forms not listed here always exist).
FORM_FLAGS = {
    "the_what": "what_np", "act": "what_act", "act_base": "act_base", "act_ing": "act_plain",
    "use": "use_vp", "use_ing": "use_vp", "use_clause": "use_clause", "use_np": "use_np",
    "detail_np": "detail_np", "detail_clause": "detail_clause", "that_detail": "detail_that", "detail_act": "detail_act",
    "detail_did": "detail_did",
    "memory_np": "memory_np", "memory_clause": "memory_clause", "memory_like": "memory_like",
    "ahead": "ahead_vp", "ahead_ing": "ahead_vp", "ahead_np": "ahead_np", "ahead_clause": "ahead_clause",
    "ahead_question": "ahead_question", "ahead_invite": "ahead_invite",
    "topic": "topic", "that_topic": "topic_np", "my_strength": "strength_np", "strength_clause": "strength_clause",
    "extra_clause": "extra_clause", "extra_np": "extra_np", "extra_send": "extra_send", "extra_follow": "extra_follow",
    "extra_send_later": "extra_send_later", "question": "question_direct", "question_about": "question_about",
    "question_whether": "question_whether",
    "question_follow": "question_follow", "next_about": "next_about", "org": "org", "amount": "amount", "goods_statement": "goods", "deductible": "deductible",
    "the_role": "role", "a_role": "role", "company": "company", "role": "role", "_occasion_for": "occasion",
    "the_baby": "k_gift", "name": "greet", "who": "greet", "what_clause": "what_clause", "use_more": "use_more",
}
OCCASION_FOR = {"wedding": "for {our} wedding", "shower": "from the shower", "baby": "for the baby",
                "birthday": "for {my} birthday", "holiday": "for the holidays",
                "graduation": "for {my} graduation", "housewarming": "for {our} new home",
                "anniversary": "for {our} anniversary", "retirement": "for {my} retirement"}
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twelve fifteen twenty thirty".split())
GIFT_WORDS = frozenset("gift present gifts presents contribution".split())
IT_WORDS = lazy_regex(r"\b(?:it|them|its)\b", re.I)
THIRD_POSSESSIVE = lazy_regex(r"\b(her|his|their)\b")
PET_BEFORE = lazy_regex(rf"\b(?:{'|'.join(word_list('pets'))})\b")
PET_KIND_OWNED = lazy_regex(rf"\b(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:{'|'.join(word_list('pet_kinds'))})\b")
HER_HIS = lazy_regex(r"\b(?:[Hh]ers|[Hh]er|[Hh]is|[Ss]he(?:['’](?:s|d|ll))?|[Hh]e(?:['’](?:s|d|ll))?|[Hh]im|[Hh]erself|[Hh]imself)\b"
                     r"(?:\s+([\w']+))?")
# After "her", these words show it is the object ("read the cards to her on Sundays"), not "her lasagna".
NOT_A_NOUN = frozenset(g.DETERMINERS | g.PREPOSITIONS | g.LEADING_ADVERBS | {"and", "or", "but", "so", "too", "again",
                                                                            "every", "each", "more", "back", "of"})
# Third-person verbs after "she"/"he" that become the second person: "she makes" -> "you make".
YOU_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
             "hasn't": "haven't", "doesn't": "don't"}
THEIR = lazy_regex(r"\btheir\b")
LONG_ACT = 7  # words: an act longer than this is not the subject of a sentence
LONG_WHAT = 5  # words: a thing named at more length than this is not exclaimed over ("What a ... is")
THING_KINDS = ("gift", "donation")  # kinds whose `what` is a thing given, not something done
HABIT = lazy_regex(r"\b(?:always|every|each)\b", re.I)


def build(f: Facts) -> tuple[dict[str, str], set[str]]:
    """All forms of the facts, and the flags that say which facts (and shapes) there are."""
    we = f.writer_plural
    # The forms of what, use, detail, ... depend on these alone: a batch that repeats its facts ("a quilt",
    # "keep warm on winter evenings") works them out once. The people and the email kinds' facts are per note.
    swap = "one" if len(f.givers) == 1 and not f.givers_plural else "many" if f.givers_plural else ""
    key = (f.kind, f.tone, f.what, f.use, f.detail, f.memory, f.ahead, f.money, f.occasion, we,
           signed_by_several(f.sign) if f.sign else False, swap, _household(f), f.occasion_name)
    known = _FACT_FORMS.get(key)
    if known is None:
        forms: dict[str, str] = {"_appositive": ""}
        flags: set[str] = {f"k_{f.kind}", f"t_{f.tone}", "we" if we else "i"}
        _writer(f, forms, we)
        what = _what(f, forms, flags)
        _use(f, forms, flags, what)
        _detail(f, forms, flags, what)
        _memory(f, forms, flags, what)
        _ahead(f, forms, flags, what)
        _occasion(f, forms, flags, what)
        if len(_FACT_FORMS) >= FACT_FORMS_KEPT:
            _FACT_FORMS.clear()
        known = _FACT_FORMS[key] = (forms, frozenset(flags))
    forms, flags = dict(known[0]), set(known[1])
    _givers(f, forms, flags)
    _interview(f, forms, flags)
    _donation(f, forms, flags)
    if f.apology:
        flags.add("late")
    return forms, flags




_FACT_FORMS: dict[tuple, tuple[dict, frozenset]] = {}
FACT_FORMS_KEPT = 4096


def _writer(f: Facts, forms: dict, we: bool) -> None:
    formal = f.formal
    forms.update({
        "I": "we" if we else "I", "me": "us" if we else "me", "my": "our" if we else "my",
        "I_am": "we are" if we else "I am", "I_was": "we were" if we else "I was",
        "Im": ("we are" if we else "I am") if formal else ("we're" if we else "I'm"),
        "Ill": ("we will" if we else "I will") if formal else ("we'll" if we else "I'll"),
        "Ive": ("we have" if we else "I have") if formal else ("we've" if we else "I've"),
        "Id": ("we would" if we else "I would") if formal else ("we'd" if we else "I'd"),
        "cant": "cannot" if formal else "can't", "dont": "do not" if formal else "don't",
        "didnt": "did not" if formal else "didn't", "life": "lives" if we else "life",
        # one person's own day (a birthday, a graduation): "our" only when two sign ("Sam and Alex"),
        # not when the facts say "we" or a household signs
        "own": "our" if signed_by_several(f.sign or "") else "my",
    })


def _givers(f: Facts, forms: dict, flags: set) -> None:
    formal = f.formal  # a warm note to an interviewer greets them by first name ("Dear Priya,")
    names = [giver.greeting(formal) for giver in f.givers]
    if formal and len(f.givers) > 1 and g.shared_surname([giver.name for giver in f.givers]):
        names = [giver.call or giver.name for giver in f.givers]  # "Jen, Mark, and Ella Parker": one family (among
        # friends, first names: "Hey Bex and Colm,")
    if names:
        flags.add("greet")
        forms["name"] = forms["who"] = g.join_names(names)
        if any(giver.the_group for giver in f.givers):
            flags.add("the_group")
            forms["who"] = g.join_names([giver.in_text(formal) for giver in f.givers])  # "the Nakamuras"
    plural = f.givers_plural
    count = sum(giver.head_count for giver in f.givers)
    forms["you_all"] = "you" if not plural else ("you both" if count == 2 else "you all")
    forms["you_will"] = "you'll" if not plural else ("you'll both" if count == 2 else "you'll all")
    forms["yourself"] = "yourselves" if plural else "yourself"
    flags.add("group" if plural else "one")
    if any(giver.is_family for giver in f.givers):
        flags.add("family")
    if any(giver.has_title for giver in f.givers):
        flags.add("title")
    if any(giver.described for giver in f.givers):
        flags.add("described")
    if any(giver.unnamed for giver in f.givers):
        flags.add("unnamed")  # "the guy across the street": greeted without a name, and the name asked for
    if len(f.givers) == 1 and f.givers[0].call.lower() in word_list("endearments"):
        flags.add("endearment")  # "my love", "babe": the greeting itself, never "My dear my Love,"
        forms["name"] = f.givers[0].call[:1].upper() + f.givers[0].call[1:].lower()
    if f.relationship in ("family", "partner", "friend"):
        flags.add("close")  # "in my corner", "I'm lucky to have you in my life": for those close to the writer


def _pets_named(f: Facts) -> bool:
    """Whether the facts mention a pet ('my dog', 'our greyhound'), who may be the 'he' or 'she' typed."""
    return any(PET_BEFORE.search(getattr(f, name)) or PET_KIND_OWNED.search(getattr(f, name)) for name in FACT_ORDER)


def _pet_named_in(text: str, f: Facts) -> bool:
    """Whether a pet's name ('Pickle', where a fact says 'my tortoise Pickle') is in the text itself, so a
    pronoun there is someone else."""
    for name in CAPITALISED.findall(text, 1):
        if any(name in getattr(f, field) and PET_BEFORE.search(getattr(f, field)) for field in FACT_ORDER):
            return True
    return False


CAPITALISED = lazy_regex(r"\b[A-Z][a-z]+\b")


def _giver_sex(f: Facts) -> str:
    """'female' or 'male' for one giver whose title or name tells ('Aunt Deb', 'Mr. Okafor', 'Judge Harriet
    Okoye'), else ''."""
    if len(f.givers) != 1:
        return ""
    giver = f.givers[0]
    names = giver.name.lower().split()
    if giver.unnamed and "'s " in giver.name and not giver.call:  # "Cosimo's mom": who she is tells
        return "female" if names[-1] in g.FEMALE_TITLES else "male" if names[-1] in g.MALE_TITLES else ""
    surname = names[-1] if len(names) > 1 else ""  # "Professor Marsh": Marsh is Elaine's surname, not a name
    for typed in (giver.call, giver.name, giver.label):  # "my sister" in "my sister jen": she
        for word in (w.lower() for w in typed.split()):
            if word == surname:
                break
            if word in g.FEMALE_TITLES:
                return "female"
            if word in g.MALE_TITLES:
                return "male"
            if word in g.NEUTRAL_TITLES or word in ("my", "our", "old", "dear"):
                continue  # "Judge Okoye", "my sister jen": the words after may tell
            if word in g.FEMALE_KIN or word in g.MALE_KIN:
                return "female" if word in g.FEMALE_KIN else "male"  # "my sister jen": she
            sex = given_name_sex(word)
            if sex in ("female", "male"):
                return _as_the_facts_say(f, sex)
            break  # a surname, or a name that tells nothing: look at the full name next
    return ""


def _as_the_facts_say(f: Facts, sex: str) -> str:
    """A sex read from a given name, unless the facts call the giver otherwise and no one else: 'Shiv' is a man's
    name in the list, but "her own heather honey ... a sleeve she never finished" is Siobhán's."""
    said = {("female" if w.lower() in ("she", "her", "hers", "herself") else "male")
            for name in FACT_ORDER for w in PRONOUN_WORDS.findall(getattr(f, name))}
    other = "female" if sex == "male" else "male"
    return other if said == {other} and other not in _third_parties(f) and not _pets_named(f) else sex


PRONOUN_WORDS = lazy_regex(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself|[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")


def _swap_possessive(text: str, f: Facts, field: str = "") -> str:
    """'her recipe box' from Grandma Bea is 'your recipe box' in a note to her; 'she got the ear right' is
    'you got the ear right'. Not when the moment speaks of someone else who is 'her' ('my grandma's pozole
    ... it tasted like her kitchen'), though a gift or a detail that opens with 'she' is the giver's ('she
    wrote about how Mom loved her garden'). To several givers, 'they', 'them' and 'their' are 'you' and
    'your' ('the baby blanket they knitted', 'having them over'), unless the facts speak of other people."""
    if len(f.givers) == 1 and not f.givers_plural:
        knew = KNEW_HOW.search(text) if " how " in text else None
        if knew and _giver_sex(f) in ("", _pronoun_word_sex(knew)):
            text = KNEW_HOW.sub(lambda m: f"{m.group(1)} you ", text)  # "Dad's favorite, idk how he knew": the giver
        text = _them_to_you(text, f)
        if "they" in text:
            text = RELATIVE_THEY.sub(lambda m: "you" if _a_thing_before(text, m.start()) else m.group(0), text)
            # "the baby blanket they knitted", from one giver; not "somehow they survived fedex" (the mangoes)
        if not HER_HIS.search(text) or YOU_ALREADY.search(NAMED_AS.split(OUR_GIFT_NAME.sub("", text), 1)[0]):
            return text  # "u remembered he hated the scale": the giver is "you" already; "he" is someone else
        said_it = SHE_SAID.match(text) if field == "ahead" else None  # "she said next year we do pozole": the giver
        if field in ("use", "ahead") and (HE_SHE_START.match(text) or f.occasion in ("baby", "shower")) \
                and not (said_it and not _third_parties(f)):
            return text  # "she wore it home from the hospital", "wrap her in it": the baby, not the giver
        sex = _giver_sex(f)  # "he came back spoiled", in a note to Laura: the dog, not Laura
        typed_sex = "male" if text[:3].lower() == "he " else "female" if text[:4].lower() == "she " else ""
        if sex and typed_sex and typed_sex != sex and field in ("what", "detail") and not _third_parties(f) \
                and not _pets_named(f) and not any(giver.has_title or giver.is_family for giver in f.givers):
            sex = typed_sex  # "Fernie": "she painted it herself" says who she is better than a list of names
        if not sex and typed_sex and field in ("what", "detail") and _pets_named(f) and _other_sex_inside(text, typed_sex):
            sex = typed_sex  # "she remembered he always stole her gloves", of Pip our greyhound: she is the giver
        others = _third_parties(f) & ({sex} if sex else {"female", "male"})  # who else "she" or "he" may be
        earlier = _third_parties(f, before=field) if field in FACT_ORDER else others  # named before this fact
        if not sex and field in ("detail", "use") and HE_SHE_START.match(text) and _pets_named(f) \
                and not _someone_else(text[3:]) and not _pet_named_in(text, f):
            return text  # "he ate a whole chocolate bar", after "my beagle Winston": the dog, not Dr. Patel
        if field in ("what", "detail", "memory") and HE_SHE_START.match(text):
            opener = "male" if text[:2].lower() == "he" else "female"
            other_in_it = _someone_else(text[3:])  # "she walked her twice a day": two people
            more_by_giver = HE_SHE_EVEN.match(text) or (sex == opener and _readied(text))  # "she even braided her
            # hair", "he had the blade sharpened and redid the handle": the giver did more
            named_after = any(opener in sexes for _, sexes in _mentions(text[3:], f))  # "she remembered Mom loved"
            if not sex and opener in earlier and not named_after:
                said_to_giver = _other_is_the_giver(text, opener, f)
                if said_to_giver:
                    return said_to_giver  # "she always called him her favorite doctor": she is Grandma
            if sex == opener and field == "detail":
                earlier = _third_parties(f, before=field, sure=True)  # "walked our dog ...", then "she didn't
                # knock": the giver, whom the detail is about, rather than a dog whose sex nobody said
            if sex and sex != opener and sex not in _third_parties(f, sure=True) \
                    and not any(sex in sexes for _, sexes in _mentions(text, f)):
                return OBJECT_HIM_HER.sub(lambda m: _to_you(m) if _of_sex(m, sex) else m.group(0), text)  # "she
                # waits at the window for him now", to Mr. Park: the one he can be is the giver
            if sex and sex != opener or (opener in earlier and not other_in_it and not more_by_giver
                                         and not named_after):
                return text  # "helping Emma with her reading" ... "she reads to her brother now": Emma does
            if others:  # "she wrote about how Mom loved her garden": only the giver who opens it
                text = HE_SHE_START.sub(lambda m: _to_you(m), text, count=1)
                if not named_after:  # "he sent me pictures of her on his couch": his own couch
                    text = _giver_owns(text, opener, earlier)
                return _yourself(text)  # "she painted it herself"
        elif others:
            # "his chemistry class, my son ...": the giver's class; "my grandma's pozole ... like her kitchen": hers
            return HER_HIS.sub(lambda m: _to_you(m) if _of_sex(m, sex) and (_object_of_named(text, m.start()) or not (
                _pronoun_sex(m) in earlier or _named_before(text, m.start(), _pronoun_sex(m), f))) else m.group(0),
                text)
        return HER_HIS.sub(lambda m: _to_you(m) if _of_sex(m, sex) else m.group(0), text)
    if f.givers_plural:
        text = THESE_PEOPLE.sub("all of you", text)  # "27 yrs of month end close w/ these people": the readers
        text = THEIR.sub(lambda m: m.group(0) if EACH_BEFORE.search(text, 0, m.start()) else "your", text)  # "everyone
        # wrote their favorite recipe": each one's own
        earlier = " ".join(getattr(f, name) for name in FACT_ORDER[:FACT_ORDER.index(field)]) \
            if field in FACT_ORDER else " ".join((f.what, f.detail, f.use, f.memory, f.ahead))
        if THEY_WORDS.search(text) and not PEOPLE.search(earlier):
            # they = the givers, unless other people were named before ("the kids ... they came home with")
            text = THEY_WORDS.sub(lambda m: m.group(0) if PEOPLE.search(text[:m.start()])
                                  else _you_for_they(m, text, f), text)
        return text
    return text


OBJECT_HIM_HER = lazy_regex(r"\b(?:[Hh]ers|[Hh]er|[Hh]is|[Hh]im|[Hh]erself|[Hh]imself)\b(?:\s+([\w']+))?")


NAMED_SUBJECT_VERB = lazy_regex(r"^(?:[A-Z][\w'’-]+(?:,?\s+(?:and|&)\s+[A-Z][\w'’-]+)*|[Tt]he (?:girls|boys|kids|twins))"
                                r"\s+(?:[a-z]+\s+)?([a-z]+)\s+$")


def _object_of_named(text: str, at: int) -> bool:
    """'Maya and Theo made her a paper crown': the ones named are the subject, so "her" is someone else (the
    reader), not them (they would be "herself")."""
    after = text[at:].split()
    if len(after) < 2 or after[0].lower() not in ("her", "him") or after[1].lower() not in ("a", "an", "the", "some"):
        return False  # "Lucas scored his first goal": his own; only "made her a crown" gives her something
    m = NAMED_SUBJECT_VERB.match(text[:at])
    return bool(m) and (lexicon.is_past(m.group(1)) or lexicon.is_form(m.group(1), "VBZ"))


def _other_is_the_giver(text: str, opener: str, f: Facts) -> str:
    """When the giver's sex is unknown and 'she' opens a fact after Grandma was named, 'him' is the giver: 'she
    always called him her favorite doctor' -> 'she always called you her favorite doctor'. '' when no one of
    the other sex is there to be the giver, or someone of that sex is named in the facts."""
    other = "male" if opener == "female" else "female"
    if other in _third_parties(f):
        return ""
    found = [m for m in HIM_HER.finditer(text, 3) if _pronoun_sex(m) == other and _someone_else(m.group(0))]
    if not found:
        return ""
    for m in reversed(found):
        text = f"{text[:m.start(1)]}you{text[m.end(1):]}"
    return text


POSSESSIVE = lazy_regex(r"\b(his|her)\s+([\w']+)(?:\s+([\w']+))?")


def _yours(m: re.Match) -> str:
    """A POSSESSIVE match with 'his' or 'her' said as 'your', the words after it kept; 'you' after 'took' ("it took
    her months" is "it took you months")."""
    return ("you" if _after_took(m) else "your") + m.group(0)[len(m.group(1)):]


def _owns(m: re.Match) -> bool:
    """'his couch', 'her old car': a possessive before its noun; not 'her asleep on', 'her twice'."""
    nxt, after = m.group(2).lower(), (m.group(3) or "").lower()
    if _after_took(m):
        return True  # "it took her months": hers, said to her as "you" (see _yours)
    pos = set(lexicon.parts(nxt))
    return "NOUN" in pos or ("ADJ" in pos and ("NOUN" in lexicon.parts(after) or bool(after) and not lexicon.known(after))) \
        or (not pos and nxt.isalpha() and "NOUN" in lexicon.parts(after))  # "her onigiri tips": a word no
    # dictionary has, before a noun, names her kind of thing


TAKING = frozenset("took take takes taking cost costs".split())


def _after_took(m: re.Match) -> bool:
    """'it took her months': the word before the pronoun is a verb of taking time."""
    before = m.string[max(0, m.start() - 8):m.start()].split()
    return bool(before) and before[-1].lower() in TAKING


def _readied(text: str) -> bool:
    """'he had the blade sharpened', 'she restored the frame': the giver got the gift ready (Grandpa's knife)."""
    ws = [w.lower() for w in g.words(text)[1:6]]
    if not ws:
        return False
    if ws[0] in ("had", "got") and any(w.endswith("ed") and lexicon.is_form(w, "VBN") for w in ws[2:]):
        return True
    return (lexicon.lemma(ws[0]) or ws[0]) in g.PREPARING_VERBS and ws[0] not in ("made", "make")


def _other_sex_inside(text: str, opener: str) -> bool:
    """Whether a pronoun of the other sex than the one opening the text is in it ('she ... he ...')."""
    return any(_pronoun_sex(m) != opener for m in HER_HIS.finditer(text, 3))


def _giver_owns(text: str, opener: str, earlier: set[str]) -> str:
    """After 'she' or 'he' read as the giver, what is theirs: 'he sent me pictures of her on his couch' (his:
    the giver's, as 'her' is the cat); not 'she even braided her hair' after 'my mom' (whose hair is unsure)."""
    objects = {("female" if m.group(1).lower() == "her" else "male") for m in OBJECT_PRONOUN.finditer(text)
               if _someone_else(m.group(0))}

    def owner(m: re.Match) -> str:
        sex = _pronoun_sex(m)
        own = (m.group(2) or "").lower() == "own"  # "before her own shift": the subject's own, so the giver's
        if sex != opener or not _owns(m) or sex in objects or (sex in earlier and not objects and not own):
            return m.group(0)
        return _yours(m)
    return POSSESSIVE.sub(owner, text)


OBJECT_PRONOUN = lazy_regex(r"\b(him|her)\b(?:\s+[\w']+){0,2}", re.I)


def _pronoun_sex(m: re.Match) -> str:
    return "female" if m.group(0)[:1].lower() == "s" or m.group(0)[:3].lower() == "her" else "male"


def _someone_else(text: str) -> bool:
    """'walked her twice a day', 'made him coffee': 'her' or 'him' as an object, someone else than the one
    who did it; not 'reads to her little brother' (her own brother)."""
    for m in HIM_HER.finditer(text):
        nxt, after = (m.group(2) or "").lower(), (m.group(3) or "").lower()
        pos = set(lexicon.parts(nxt))
        if m.group(1).lower() == "him" or not nxt or nxt in NOT_A_NOUN or not {"NOUN", "ADJ"} & pos:
            return True
        if "NOUN" not in pos and "NOUN" not in lexicon.parts(after):
            return True  # "pictures of her asleep on his couch": an adjective said of her, not her thing
    return False


HIM_HER = lazy_regex(r"\b(him|her)\b(?:\s+([\w']+))?(?:\s+([\w']+))?", re.I)


def _of_sex(m: re.Match, sex: str) -> bool:
    """Whether a pronoun can be the giver's: 'he' is not Laura; with the giver's sex unknown, a pet named
    just before is nearer ('squeezed my cat Pepper in when she ate a hair tie': the cat ate it)."""
    if not sex:
        before = m.string[:m.start()]
        return not PET_BEFORE.search(before) and not PET_KIND_OWNED.search(before)  # "pip is our old greyhound, ... he"
    female = m.group(0)[:1].lower() == "s" or m.group(0)[:3].lower() == "her"
    return female == (sex == "female")


# "she even braided her hair", "he sent me pictures of her": what the giver did (for the writer), whoever else
# the facts name
HE_SHE_EVEN = lazy_regex(r"^(?:she|he)\s+(?:(?:did|made|finished|fixed)\s+(?:it|them|that|all\s+of\s+it)\b|"
                         r"[^,.;]*\b(?:to check on|to see|to help|to bring|to drive)\s+(?:us|me)\b|"
                         r"(?:didn'?t|did not|never)\s+even\s+\w+|(?:even|also)\s+(?:\w+ed|made|brought|got|took|sent|gave|bought|drove|"
                         r"wrote|left|found|put|sat|stayed|ran|built|kept|fed|taught|read)\b|(?:(?:\w+ly|always|never|still|just|also|"
                         r"often)\s+)?\w+\s+(?:me|us)\b)", re.I)  # "she always told us the small wins": the nurse
SHE_SAID = lazy_regex(r"^(?:she|he)\s+(?:said|says|told|promised|swore|insisted)\b", re.I)
HE_SHE_START = lazy_regex(r"^(?:[Ss]he|[Hh]e)(?:['’](?:s|d|ll))?\b(?:\s+([\w']+))?")
MONTHS = frozenset("january february march april may june july august september october november december".split())
THESE_PEOPLE = lazy_regex(r"\b(?:these|those) (?:people|guys|ladies|folks|goofballs|weirdos)\b")
OUR_GIFT_NAME = lazy_regex(r"^your generous (?:\w+ )?gift\b")  # the name money_gift_name gives, not typed "you"
YOU_ALREADY = lazy_regex(r"\b(?:you|your|you're|you've|you'd|you'll)\b", re.I)
NAMED_AS = lazy_regex(r"\b(?:called|named|titled|says|said|reads|wrote)\b|[“\"]")  # what follows is words quoted
THEY_WORDS = lazy_regex(r"\b(?:[Tt]hey|[Tt]hem|[Tt]hemselves|[Tt]heirs|[Tt]hey're|[Tt]hey've|[Tt]hey'll|[Tt]hey'd)\b")
YOU_FOR_THEY = {"they": "you", "them": "you", "themselves": "yourselves", "theirs": "yours", "they're": "you're",
                "they've": "you've", "they'll": "you'll", "they'd": "you'd"}


def _you_for_they(m: re.Match, text: str, f: Facts) -> str:
    word = m.group(0)
    if word.lower() == "them" and not _people_object(text, m.start()) \
            and (_plural_thing(f.what or "gift") and not _an_act(f.what) or _plural_before(text, m.start())
                 or _verb_before(text, m.start()) == "have"):
        return word  # "wear them on my runs": the AirPods; "had them with breakfast": the pears
    if word.lower() == "them" and _things_before(text, m.start()):
        return word  # "made tamales just because I mentioned once I missed them": the tamales
    if word.lower() == "they" and (_plural_before(text, m.start()) and THINGS_THEY.match(text, m.end())
                                   or _said_of_things(text, m.end()) and (_plural_before(text, m.start())
                                                                          or _plural_thing(f.what) or _plural_thing(f.use))):
        return word  # "white lilies, they were his favorite", "textbooks, they are so expensive": the things
    you = YOU_FOR_THEY[word.lower()]
    return you.capitalize() if word[0].isupper() else you


EACH_BEFORE = lazy_regex(r"\b(?:everyone|everybody|each(?!\s+(?!one\b|person\b|of\b)[a-z]+\s+(?:is|was|are|were)\b))\b[^,.;]*$",
                         re.I)  # "each card is one of their recipes": the card is no one, so "their" is theirs: "your"
THINGS_THEY = lazy_regex(r"\s+(?:were|are)\s+(?:(?:his|her|my|our|their|\w+'s)\s+)?(?:favou?rite|beautiful|gorgeous|perfect|"
                         r"delicious|stunning|fragrant|still)\b", re.I)


def _said_of_things(text: str, at: int) -> bool:
    """' are so expensive', ' were delicious': what is said of things, not of people ('so kind' is)."""
    rest = text[at:]
    if rest[:3] in ("'re", "’re"):
        rest = " are" + rest[3:]  # "they're so expensive"
    ws = [w.lower() for w in g.words(rest)[:3]]
    if not ws or ws[0] not in ("are", "were"):
        return False
    adjective = ws[2] if len(ws) > 2 and ws[1] in ("so", "really", "super", "very", "too") else ws[1] if len(ws) > 1 else ""
    return adjective in g.THING_ADJECTIVES


def _plural_before(text: str, at: int) -> bool:
    """'burning the rolls and just declaring them rustic': a plural thing just before 'them' is what it means."""
    return any(g.is_plural_noun(w.lower()) and w.lower() not in g.TIME_WORDS for w in g.words(text[:at])[-6:])


def _an_act(what: str) -> bool:
    """'letting us stay with them for 5 days': thanks for something done, so 'them' is no thing given."""
    return lexicon.is_form(g.first_word(what), "VBG")


def _plural_thing(what: str) -> bool:
    """'garden shears', and 'a huge box of tamales' too: 'them' is what came in it."""
    contents = OF_PLURAL.search(what)
    if g.is_plural_phrase(what) or bool(contents and g.is_plural_noun(contents.group(1).lower())):
        return True
    after_of = what.lower().partition(" of ")[2].split()[:4] if " of " in what.lower() else []
    if any(w.endswith("s") and not w.endswith("ss") and g.is_plural_noun(w) for w in after_of):
        return True  # "a set of 4 handblown glass tumblers": the tumblers
    ws = [w.lower() for w in g.words(what)]  # "Royal Riviera Pears Gift Box": the pears came in it
    return bool(ws) and ws[-1] in containers() and any(g.is_plural_noun(w) for w in ws[:-1] if w.endswith("s"))


OF_PLURAL = lazy_regex(r"\bof\s+(?:[\w-]+\s+){0,3}?([A-Za-z]+s)\b")


def _people_object(text: str, at: int) -> bool:
    """'have them over', 'see them at Easter': 'them' after a verb whose object is people."""
    verb = _verb_before(text, at)
    if verb == "have":  # "have them over" is people; "had them with breakfast" is the pears
        after = g.words(text[at:])[1:2]
        return bool(after) and after[0].lower() in HAVE_PEOPLE
    return verb in g.PEOPLE_VERBS


def _verb_before(text: str, at: int) -> str:
    """The base form of the word before position `at` ('had them' -> 'have')."""
    before = g.words(text[:at])
    return (lexicon.lemma(before[-1].lower()) or before[-1].lower()) if before else ""


HAVE_PEOPLE = frozenset("over around back stay visit".split())  # "have them over", "have them stay"


THEM = lazy_regex(r"\b[Tt]hem\b")
def _a_thing_before(text: str, at: int) -> bool:
    """Whether the word before 'they' is a noun the relative clause describes ('the blanket they knitted')."""
    before = text[:at].split()
    word = before[-1].lower() if before else ""
    return "NOUN" in lexicon.parts(word) and "ADV" not in lexicon.parts(word) and not word.endswith("ly")


RELATIVE_THEY = lazy_regex(r"(?<=[a-z] )they(?= (?:\w+ed|made|knit|sewed|wrote|drew|gave|sent|brought|baked|built|"
                           r"found|picked|chose|bought|got|left|grew|took|painted|knitted)\b)")


def _them_to_you(text: str, f: Facts) -> str:
    """One giver spoken of as 'them' ('having them over for dinner'): 'you'."""
    if "them" not in text.lower():
        return text
    return THEM.sub(lambda m: "you" if _people_object(text, m.start()) and not _things_before(text, m.start())
                    else m.group(0), text)


def _things_before(text: str, at: int) -> bool:
    """'made tamales just bc i mentioned once i missed them': things named before 'them' are what it stands for."""
    return any(w.lower().endswith("s") and not PEOPLE.fullmatch(w)
               and any(base != w.lower() for base in lexicon.parts(w.lower()).get("NOUN", ()))
               for w in g.words(text[:at]))


# Other people a plural "they" may be: "they came home with a Lego castle" is the twins, not the babysitters.
PEOPLE = lazy_regex(r"\b(?:kids|twins|children|boys|girls|guests|parents|grandkids|babies|students|friends|"
                    r"neighbors|neighbours|cousins|nurses|staff|everyone|team)\b", re.I)


def _at_a_time_or_place(text: str, word: str) -> bool:
    """'at Easter', 'in June', 'from Florida': a name that is a day, a month or a place, not a person ('talked to
    Mateo' is a person: a given name no place is called)."""
    if given_name_sex(word.lower()) and not is_place(word):
        return False
    return bool(re.search(r"\b(?:at|on|in|to|from|since|until|till|before|after|by|over|this|next|last|of|across|near|"
                          r"along|down|up|past|onto|into|off)\s+" + re.escape(word) + r"\b", text, re.I)
                or re.search(re.escape(word) + STREET_AFTER, text))  # "across Harmon st": a street


STREET_AFTER = r"\s+(?:St\.?|st\.?|Street|street|Ave\.?|ave|Avenue|Rd\.?|Road|road|Blvd\.?|Lane|Ln\.?)(?!\w)"
FACT_ORDER = ("what", "detail", "use", "memory", "ahead")


def _third_parties(f: Facts, before: str = "", sure: bool = False) -> set[str]:
    """'female' and 'male' when the moment's facts name someone of that sex besides the givers ('my
    daughter', 'my grandma', 'Rosa'), or someone cared for whose sex is not told ('taking care of biscuit');
    with `before`, only in the facts typed before that one; with `sure`, only those whose sex is told."""
    fields = FACT_ORDER[:FACT_ORDER.index(before)] if before else FACT_ORDER
    return {sex for name in fields for _, sexes in _mentions(getattr(f, name), f) for sex in sexes
            if not sure or len(sexes) == 1} - {"gone"}


def _mentions(fact: str, f: Facts) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Where a fact names someone besides the givers, and who they may be: [(at, ('male',))] for 'my son'."""
    if not fact:
        return ()
    own = frozenset(w.lower() for giver in f.givers for w in WORDS.findall(f"{giver.name} {giver.call}"))
    return _mentions_in(fact, own)


@lru_cache(maxsize=1024)
def _mentions_in(fact: str, own: frozenset) -> tuple[tuple[int, tuple[str, ...]], ...]:
    found = []
    cared = CARED_FOR.search(fact)
    cared_for = cared.group(1).lower() if cared else ""
    if cared_for and not cared_for.endswith("s") and cared_for not in g.NOT_CARED_FOR:
        sex = "male" if cared_for in g.MALE_KIN else "female" if cared_for in g.FEMALE_KIN \
            else given_name_sex(cared_for)  # "walking Max": he; "taking care of my dad": he; "of biscuit": she or he
        found.append((cared.start(1), (sex,) if sex in ("female", "male") else ("female", "male")))
    theirs = {m.lower() for m in THEIR_WHAT.findall(fact)}  # "her mother's china": the giver's mother
    for m in NAME_OR_WORD.finditer(fact):
        word = m.group(0)
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if low in own or word.lower() in theirs:
            continue  # "her mother's china": the giver's mother, not another "her"
        gone = ("gone",) if GONE_AFTER.match(fact, m.end()) else ()  # "after mom died": remembered, never the one
        # who "didn't knock, just left it on the porch" in the detail of what was done since
        if low in g.FEMALE_KIN:
            found.append((m.start(), ("female", *gone)))
        elif low in g.MALE_KIN:
            found.append((m.start(), ("male", *gone)))
        elif low in g.EITHER_KIN:
            found.append((m.start(), ("female", "male")))  # "when my kid had the flu ... stay home w/ him": the kid
        elif word[:1].isupper() and len(low) > 2 and not _at_a_time_or_place(fact, word) \
                and low not in g.TIME_WORDS and low not in MONTHS:  # "Sunday dinner" names no one
            sex = given_name_sex(low)
            if sex in ("female", "male"):
                found.append((m.start(), (sex,)))
            elif sex == "either":
                found.append((m.start(), ("female", "male")))  # "the night Theo had his scare": his, not the nurse's
    return tuple(found)


WORDS = lazy_regex(r"[\w'’-]+")
GONE_AFTER = lazy_regex(r"\s+(?:died|passed)\b", re.I)
NAME_OR_WORD = lazy_regex(r"[A-Za-z'’-]+")
THEIR_WHAT = lazy_regex(r"\b(?:her|his|their)\s+([A-Za-z'’-]+)", re.I)


def _named_before(text: str, at: int, sex: str, f: Facts) -> bool:
    """Whether someone of that sex was named before position `at`: 'her' refers back, never ahead."""
    return any(pos < at and sex in sexes for pos, sexes in _mentions(text, f))


# Someone looked after is a person or a pet, who may be the "her" or "him" that follows.
CARED_FOR = lazy_regex(rf"\b(?:{'|'.join(g.CARED_FOR)})\s+(?:my\s+|our\s+)?([A-Za-z]+)\b", re.I)
# ("made her a card" is caught by the article; "made her pozole recipe" is her recipe)
OBJECT_AFTER = lazy_regex(r"\b(?:took|takes|take|cost|costs|gave|give|gives|told|tell|let|helped|help|"
                          r"sent|send|asked|ask|showed|show|taught|teach|bought|got|owed|owe|called|call|texted|"
                          r"thanked|hugged|met|saw|see|visit|visited)\s+$", re.I)


AN_OBJECT = lazy_regex(r"\s*(?:a|an|the|one|two|three|me|us|him|her|them|it|my|our|every|so|more|all|this|that)\b")


def _has_done(verb: str, rest: str) -> bool:
    """'s before a past participle with an object is "has": "she's sent one", "he's been"; "she's tired" is not."""
    if verb in ("been", "got", "gotten"):
        return True
    if not lexicon.is_form(verb, "VBN"):
        return False
    return (not lexicon.is_past(verb) and "ADJ" not in lexicon.parts(verb)) or bool(AN_OBJECT.match(rest))


def _to_you(m: re.Match) -> str:
    """'her lasagna' -> 'your lasagna', 'to her on Sundays' -> 'to you on Sundays', 'she wrote' -> 'you wrote',
    'she makes' -> 'you make', 'with him' -> 'with you', 'herself' -> 'yourself'."""
    word, nxt = m.group(0).split(None, 1)[0], m.group(1)
    low = word.lower().replace("’", "'")
    if "'" in low:  # "she's just always there" -> "you're just always there"
        you = {"s": "you're", "d": "you'd", "ll": "you'll"}[low.split("'")[1]]
        if you == "you're" and nxt and _has_done(nxt.lower(), m.string[m.end():]):
            you = "you've"  # "she's sent one every year": she has sent
        you = you.capitalize() if word[0].isupper() else you
        return f"{you} {nxt}" if nxt else you
    if low in ("herself", "himself"):
        you = "yourself"
    elif low == "hers":
        you = "yours"  # "they were hers when she was my age": yours
    elif low == "his" and (not nxt or nxt.lower() in ("when", "and", "but", "as", "since", "before", "until")):
        you = "yours"  # "a silver rattle that was his when he was a baby": yours
    elif low == "his" or (low == "her" and nxt and nxt.lower() not in NOT_A_NOUN and not nxt[:1].isdigit()
                          and nxt.lower() not in g.NUMBERS and not OBJECT_AFTER.search(m.string[:m.start()])):
        # "took her 3 months", "took her all year", "told her everything": "her" is the object
        you = "your"
    elif low in ("she", "he") and nxt:
        you = "you"
        verb = nxt.lower()
        if verb in g.LEADING_ADVERBS or verb in g.VERB_ADVERBS:
            pass  # "she always knits": the verb is further on
        elif verb in YOU_VERBS:
            nxt = YOU_VERBS[verb]
        elif lexicon.is_form(verb, "VBZ") and lexicon.lemma(verb):
            nxt = nxt[:1] + lexicon.lemma(verb)[1:]  # "goes" -> "go", "watches" -> "watch"
        elif verb.endswith("ies") and len(verb) > 4:
            nxt = nxt[:-3] + "y"
        elif verb.endswith(("ches", "shes", "sses", "xes")):
            nxt = nxt[:-2]
        elif verb.endswith("s") and not verb.endswith(("ss", "us")) and len(verb) > 2:
            nxt = nxt[:-1]
    else:
        you = "you"
    you = you.capitalize() if word[0].isupper() else you
    return f"{you} {nxt}" if nxt else you


RAISED = lazy_regex(r"\b(?:raised|collected|brought in|earned|won)\s+(?:(?:like|about|over|almost|nearly)\s+)?[$€£]\s?\d",
                    re.I)


def _clean(text: str, f: Facts, swap: bool = True, field: str = "") -> str:
    if f.kind != "donation" and (field == "what" or f.money or AMOUNT.search(text)) \
            and (f.money or field == "what" or not RAISED.search(text)):  # "we raised $900 for the library" stays
        text = scrub_money(text)  # "wouldn't take any money for it" in a favor is not a money gift
    if _household(f):
        text = _ours(text)  # "the service for my mother", signed by the Williams family: "our mother"
    text = _the_only_one(text) if text[:1] in "lfbLFB" else text
    if not swap:
        return text
    said = _you_agree(_swap_possessive(text, f, field))
    opener = HE_SHE_START.match(text)
    if opener and said[:4].lower() == "you ":  # "he found the same model he had": still him, so "you had"
        said = said[:4] + _you_again(said[4:], "she" if text[:3].lower() == "she" else "he")
    return said


@lru_cache(maxsize=1024)  # a batch repeats its facts
def _the_only_one(text: str) -> str:
    """'last concert we all went to was ...' -> 'the last concert we all went to was ...': one of a kind takes
    'the'; 'last summer we went ...' is a time, kept."""
    m = ONLY_ONE.match(text)
    if not m or m.group(2).lower() in g.TIME_WORDS:
        return text
    return "the " + g.decapitalise(text)


ONLY_ONE = lazy_regex(r"^(last|first|best)\s+([a-z]+)\s+(?:we|i|you|they|he|she|my|our)\b", re.I)


@lru_cache(maxsize=1024)  # a batch repeats its facts
def _you_agree(text: str) -> str:
    """'you never yells' -> 'you never yell', 'you bring him the paper and sits with him' -> '... and sit with
    him': a verb after an adverb, or a second verb after 'and', agrees with 'you' too."""
    text = YOU_ADVERB_VERB.sub(lambda m: f"{m.group(1)}{lexicon.lemma(m.group(2).lower()) or m.group(2)}"
                               if lexicon.is_form(m.group(2).lower(), "VBZ") else m.group(0), text)
    text = YOU_VERB.sub(lambda m: f"{m.group(1)}{lexicon.lemma(m.group(2)) or m.group(2)}"
                        if lexicon.is_form(m.group(2), "VBZ") and m.group(2) not in ("guys", "folks") else m.group(0),
                        text)  # "even though you hates mornings": you hate them
    if " and " in text:
        text = YOU_AND_VERB.sub(lambda m: f"{m.group(1)}{lexicon.lemma(m.group(2).lower()) or m.group(2)}"
                                if lexicon.is_form(m.group(2).lower(), "VBZ") else m.group(0), text)
    return text


YOU_VERB = lazy_regex(r"(\b[Yy]ou )([a-z]+s)\b")
YOU_AND_VERB = lazy_regex(r"(\b[Yy]ou [a-z]+\b[^.;!?,]*? and )([a-z]+s)\b(?= (?:with|to|the|a|an|him|her|them|me|us|it|on|in|for|at|up|out|by)\b)")
YOU_ADVERB_VERB = lazy_regex(r"(\b[Yy]ou (?:(?:never|ever|always|still|often|even|just|really|also|usually|sometimes) )+)"
                             r"([a-z]+s)\b")


def _household(f: Facts) -> bool:
    """A note signed by a household ('The Williams family', 'the Nguyens'): what one of them typed as 'my' is
    theirs ('our mother'). Two who sign by name ('Sam and Alex') keep 'my' for what is one's own."""
    return bool(f.sign) and bool(HOUSEHOLD_SIGN.search(f.sign)) and not signed_by_several(f.sign)


HOUSEHOLD_SIGN = lazy_regex(r"\bfamily$|^the\s+\S+s$|\b(?:kids|children|grandkids|crew|clan|household|house)$", re.I)
TYPED_I = lazy_regex(r"\bI\b|\bI'(?:m|ve|ll|d)\b")
FIRST_PERSON = lazy_regex(r"\bI (?:am|was)\b|\b(?:my|me|mine|myself|I'm|I've|I'll|I'd|I)\b")
OURS = {"my": "our", "me": "us", "mine": "ours", "myself": "ourselves", "I": "we", "I'm": "we're", "I've": "we've",
        "I'll": "we'll", "I'd": "we'd", "I am": "we are", "I was": "we were"}


def _ours(text: str) -> str:
    if not FIRST_PERSON.search(text) or TYPED_I.search(text):
        return text  # "i could get to my 7am shift": one of the household speaks of their own day; kept
    return FIRST_PERSON.sub(lambda m: OURS.get(m.group(0), m.group(0)), text)


CONTAINER = lazy_regex(r"^(?:a|an|one|two|three|four|five|\d+|some|several|a few)\s+(?:[\w-]+\s+){0,2}?[\w-]+s?"
                       r"\s+of\s+((?:my|your|our|his|her|their|the)\s.+)$", re.I)


EXCLAIMED = lazy_regex(r"!+\s+(\w+)")


AND_NOW_ARE = lazy_regex(r"\band (?:are|is|am|have|has)\b")
PASSED_ALONE = lazy_regex(r"^(?:passed|made it|got in|got it|graduated|finished|won)\b(?=\s*[!.]|$)", re.I)
WHERE_IT_IS = frozenset("lives sits hangs stays rests lies".split())  # said of a gift: where it is kept, now
IT_ENDED_UP = lazy_regex(r"^(?:ended up|turned out|wound up)\b", re.I)
COUNT_AFTER = lazy_regex(r"^(?:an?\s+)?([^,]+?),\s+(\d+|two|three|four|five|six|a dozen)\s+(bottles|jars|boxes|tins|bags|"
                         r"loaves|cans|packs|batches|dozen|pounds|lbs)$", re.I)


def _counted(m: re.Match) -> str:
    count = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}.get(m.group(2), m.group(2))
    return f"{count} {m.group(3)} of {m.group(1)}"


def _what(f: Facts, forms: dict, flags: set) -> str:
    if not f.what:
        forms.update({"it": "it", "It": "It", "it_is": "it is" if f.formal else "it's", "it_was": "it was", "s": "s",
                      "is": "is", "was": "was"})
        return ""
    flags.add("swap")
    typed = EXCLAIMED.sub(lambda m: ", " + g.decapitalise(m.group(1)), f.what)  # "a stroller!! the whole vista"
    if "? " in typed and g.first_word(typed) not in g.WH_WORDS:
        typed = typed.replace("? ", ", ", 1)  # "tickets to see boygenius??? i screamed": excitement, not a question
    typed = GIFT_THEN_WHICH.sub("", typed)  # "a group gift, the espresso machine": the espresso machine
    typed = COUNT_AFTER.sub(_counted, typed)  # "homemade glogg, 2 bottles": two bottles of homemade glogg
    typed, more = _what_and_more(LEADING_FOR.sub("", typed))  # "for always staying late": the "for" is the note's
    acting = g.is_gerund_start(typed) and g.first_word(typed) != "being"  # "spotting me on the move, he brought"
    also = ALSO_DID.match(more) if more and f.kind not in THING_KINDS and (lexicon.is_past(g.first_word(typed)) or acting) \
        else None  # "helped me move, he carried the couch"; never "being my mom, she flew out" (no list of acts)
    if also and lexicon.is_past(also.group(1)) and not _someone_more(more[also.end(1):], more[:2].lower() == "he") \
            and not _mentions(typed, f):  # "helped Maddie with reading, she went from hating it": Maddie did
        done = more[also.start(1):]
        typed, more = f"{typed} and {g.past_to_gerund(done) if acting else done}", ""  # "helped me move, he carried
        # the couch": both thanked; "spotting me on the move and bringing his truck"
    if more:  # "hand knit baby blanket, she knitted it herself": the blanket; then "Karen, you knitted it yourself."
        forms["what_more"] = g.as_sentence(_appreciated(_to_the_giver(_clean(more, f, field="detail"), f), f))
        if CREDITED.search(forms["what_more"]):
            flags.add("use_credits")  # "I switched to chem because of you": never "Because of you, ..." again
        if forms["what_more"].startswith(("I love", "We love")):
            flags.add("loved")  # the detail then says its piece another way than "I love ..." again
    if f.kind == "hospitality" and g.first_word(typed) in g.GUEST_ACTS:  # "crashing on ur couch": the guest did,
        base = g.gerund_to_base(g.first_word(typed)) or g.first_word(typed)  # so "letting me crash on your couch"
        typed = f"letting {forms['me']} {base}{typed[len(g.first_word(typed)):]}"
    thing_and_act = THING_AND_DID.match(typed) if " and " in typed and f.kind not in THING_KINDS else None
    if thing_and_act and _only_a_thing(thing_and_act.group(1)) and lexicon.is_past(thing_and_act.group(2)):
        typed = f"the {thing_and_act.group(1)} and {g.past_to_gerund(typed[thing_and_act.start(2):])}"  # "card and
        # gave me the whole week off": the card, and giving me the week off
    what = _done_by_giver(typed, f) or typed
    what = _clean(what, f, field="what")
    if what[:11].lower() == "everything " and f.kind not in THING_KINDS:
        what = BARE_EVERYTHING.sub("all you've done", what)  # "everything this year": never "thank you for everything"
        # (voice rule 9), but "all you've done this year"
    kind = g.shape(what, "np")
    thing_first = f.kind in THING_KINDS or g.first_word(what) in ("a", "an", "the", "some")
    if kind == "clause" and thing_first and not g.says_what_someone_did(what):
        kind = "np"  # a gift is a thing: "a white noise machine shaped like an owl", "a tree planted in Dad's name"
    if kind == "clause" and EVERYTHING_YOU.match(what):
        kind = "np"  # "everything you did for me the 4 years I was on the team": what is thanked for
    def a_plural_thing() -> bool:  # "Rumours on vinyl", "plants": a thing, never a verb
        return f.kind in THING_KINDS and g.first_word(what).endswith("s") and g.is_plural_noun(g.first_word(what))

    if kind in ("clause", "np", "vp", "imperative") and g.opens_with_a_verb(what) and not a_plural_thing():
        what = g.past_to_gerund(what) if lexicon.is_past(g.first_word(what)) else g.vp_to_gerund(what)
        kind = "act"  # "found my mom's wallet and drove it home", "let the plumber in"
    if kind == "adjunct" and f.kind not in THING_KINDS and lexicon.is_past(g.first_word(what)):
        kind = "past"  # "signed for my package while I was away": what they did, not a thing described
    if kind == "past" and f.kind in THING_KINDS and g.participle_before_noun(what):
        kind = "np"  # "signed copy of his new book": a thing described
    elif kind == "past":
        what, kind = g.past_to_gerund(what), "act"  # "shoveled our driveway" -> "shoveling our driveway"
    elif kind in ("np", "clause", "vp") and g.shape(what, "vp") == "pres3" and not a_plural_thing():
        what, kind = _present_to_gerund(what), "act"  # "calls me every Sunday" -> "calling me every Sunday"

    if kind == "act":
        what = _joined_acts(what)  # "helping me move, carried the couch up 4 flights"
    if kind == "act" and f.kind in THING_KINDS and g.ing_modifies(what, g.GIFT_ING_MODIFIERS):
        kind = "np"  # a gift is a thing: "running shoes", "knitting needles"
    plural = False
    if kind == "act":
        flags.update({"what", "what_act"})
        forms["act"] = what
        base = g.act_base(what)
        if base:
            flags.add("act_base")
            forms["act_base"] = base
        if g.split_adverbs(what)[0] == "":
            flags.add("act_plain")
            forms["act_ing"] = what
        if HABIT.search(what):
            flags.add("habit")
        if len(what.split()) > LONG_ACT:
            flags.add("what_long")  # "Leaving soup on my doorstep when I had the flu was ..." runs too long
    elif kind == "clause":
        # A whole sentence that names no act of the giver's ("Mom loved the lilies"): said as it is, after a
        # plain thanks, and asked about (needs) so the person can name the gift.
        flags.update({"what", "what_clause"})
        forms["what_clause"] = g.decapitalise(what)
    else:
        flags.update({"what", "what_np"})
        what = _quoted(what)  # "a mug that says world's okayest runner"
        if " and " in what:  # "the casserole and sitting with us", "the plant and the card, and giving me the week
            what = AND_A_GERUND.sub(_and_for, what)  # off": and for sitting, and for giving
        forms["the_what"] = forms["the_thing"] = g.definite(g.with_article(what))
        head = (g.head_noun(forms["the_what"]) or "").lower()
        if f.kind == "hospitality" and head in g.GATHERINGS:
            flags.add("what_event")  # "the Christmas party at your home": thanked for including them, not for a party
        if head in g.SENT_THINGS:
            flags.add("what_sent")  # "the lilies", "the card": sent to say they were thinking of the writer
        if g.first_word(forms["the_what"]) == "your":
            flags.add("what_theirs")  # "your old fishing rod": theirs before it was the writer's, not chosen
        if g.head_noun(what) in g.MADE_THINGS or MADE.search(what):
            flags.add("what_made")  # "a handwritten letter", "the quilt you made": made, not chosen
        plural = g.is_plural_phrase(what)
        if forms["the_what"].count(" ") >= LONG_WHAT or RELATIVE.search(what):
            flags.add("what_long")  # "What a thoughtful gift the bottle of olive oil and the tin of saffron are."
        if g.head_noun(what) in GIFT_WORDS:
            flags.add("what_gift")  # "your generous wedding gift": never "what a thoughtful gift ... is"
        if g.head_noun(what) in DONE_THINGS or AND_AN_ACT.search(what):
            flags.add("what_done")  # "the beautiful service for my mother": done for the writer, never "received"
    flags.add("plural" if plural else "singular")
    if f.money:
        flags.add("money")
        forms["Your_gift"] = "Your gift"  # the money named again, after an apology
    forms.update({
        "it": "them" if plural else "it", "It": "They" if plural else "It",  # {It} opens a sentence: a subject
        "it_is": ("they are" if plural else "it is") if f.formal else ("they're" if plural else "it's"),
        "it_was": "they were" if plural else "it was", "s": "" if plural else "s",
        "is": "are" if plural else "is", "was": "was" if not plural else "were",
    })
    forms["what"] = what
    return what


MADE = lazy_regex(r"\b(?:hand[- ]?\w+|homemade|home-made|made|knit|knitted|sewed|sewn|painted|drew|drawn|wrote|"
                  r"written|baked|built|carved)\b", re.I)
RELATIVE = lazy_regex(r"\s(?:you|that|which|who|we|they)\s\w+", re.I)


ALSO_DID = lazy_regex(r"^(?:he|she|they)\s+([a-z]+)\b")


def _someone_more(rest: str, he: bool) -> bool:
    """Whether 'her', 'him', 'she' or 'he' in what else the giver did may be someone else ('she went from
    hating it'); his own 'his' is his ('he brought his truck')."""
    return any(not (he and m.group(0).split()[0].lower() == "his") for m in HER_HIS.finditer(rest))


THING_AND_DID = lazy_regex(r"^(?:(?:a|the|your|ur)\s+)?([a-z]+)\s+and\s+([a-z]+)\b", re.I)


def _only_a_thing(word: str) -> bool:
    """'card' in 'card and gave me the week off': a noun, never a past nor an act like the verb after it."""
    low = word.lower()
    return "NOUN" in lexicon.parts(low) and not lexicon.is_past(low) and not low.endswith("ing")


GIFT_THEN_WHICH = lazy_regex(r"^(?:(?:a|an|the|our|my|your)\s+)?(?:(?:group|joint|big|little|wedding|baby|shower|"
                             r"birthday|christmas|holiday)\s+)?gift\s*[,:-]+\s*(?=\S)", re.I)
BARE_EVERYTHING = lazy_regex(r"^everything\b(?!\s+(?:you|u|she|he|they|that|which|we|i)\b)(\s+(?:honestly|tbh|really))?", re.I)


def _joined_acts(act: str) -> str:
    """'helping me move on Sunday, carried the couch up 4 flights' -> '... and carrying the couch up 4
    flights': a second act typed after a comma is thanked for with the first ("..., didn't make me talk": and
    not making me talk)."""
    head, sep, tail = act.rpartition(", ")
    if sep and head and g.first_word(tail) in ("didn't", "didnt", "never") and " " in tail:
        return f"{head} and {g.negative_to_gerund(tail)}"
    if not sep or not head or g.shape(tail, "vp") != "past":
        return act
    return f"{head} and {g.past_to_gerund(tail)}"


@lru_cache(maxsize=1024)  # a batch repeats its facts
def _what_and_more(what: str) -> tuple[str, str]:
    """('hand knit baby blanket', 'she knitted it herself'), ('watching our dog for the week', 'she walked her
    twice a day'): a sentence typed after what was given or done is said on its own, never inside the thanks."""
    for m in MORE_AFTER.finditer(what):
        if g.shape(what[m.end():], "np") == "clause":
            return what[:m.start()], what[m.end():]
    for m in re.finditer(r",\s+(?=(?:the|a|an|this|that)\s|[A-Z][a-z]+\s+(?:is|was|has|loves|says|said|made|knit|"
                         r"knitted|built|wrote|painted|sewed|baked|picked|found|grew|carved)\b)", what):
        # "..., the baby won't let go of it", "smoothies every morning now, Dario is obsessed"
        tail = what[m.end():]
        if g.shape(tail, "np") == "clause" and g.says_what_someone_did(tail) or THE_X_WILL.match(tail):
            return what[:m.start()], tail
    came = _when_it_came(what)
    if came:
        return came
    contents = _contents(what)
    if contents:
        return contents
    first = FIRST_TIME.search(what)
    if first:  # "having me stay for Christmas week, first time meeting the whole family"
        return what[:first.start()], f"it was my first time {first.group(1)}"
    return what, ""


def _contents(what: str) -> tuple[str, str] | None:
    """('a huge basket of baby stuff', 'it had onesies, wipes, the works'): what was in it, typed as a list after
    a comma ("onesies wipes the works"), is its own sentence, never part of the gift's name."""
    head, sep, tail = what.rpartition(", ")
    ws = tail.split()
    end = next((e for e in LIST_ENDS if tail.lower().endswith(" " + e)), "")
    items = ws[:len(ws) - len(end.split())] if end else ws
    if not sep or len(items) < 2 - bool(end) or not all(w.isalpha() and g.is_plural_noun(w.lower()) for w in items):
        return None
    listed = items + [end] if end else items
    said = ", ".join(listed) if end else ", ".join(listed[:-1]) + " and " + listed[-1]
    return head, f"it had {said}"


LIST_ENDS = ("the works", "etc", "and more", "everything")


def _when_it_came(what: str) -> tuple[str, str] | None:
    """('a box of oranges from Florida', 'I received it Tuesday'): a gift typed with when it came."""
    head, sep, tail = what.rpartition(", ")
    verb = g.first_word(tail)
    if not sep or g.shape(head, "np") != "np" or g.shape(tail, "vp") != "past":
        return None
    if verb in g.RECEIVING_VERBS:
        rest = tail.split(" ", 1)[1] if " " in tail else ""
        if not rest or g.first_word(rest) in g.TIME_WORDS or g.first_word(rest) in ("on", "last", "yesterday", "today"):
            tail = f"{tail.split(' ', 1)[0]} it {rest}".strip()  # "recieved saturday": I received it Saturday
        return head, f"I {tail}"
    return (head, f"it {tail}") if verb in g.ARRIVING_VERBS else None


MEET_THE_BABY = lazy_regex(r"\bmeet (?:him|her)\b", re.I)  # in a baby or shower note, always the baby
DONE_AFTER = lazy_regex(r",\s+(?=(?:already|just|also|even)\s+[a-z]+ed\b)")
THE_X_WILL = lazy_regex(r"^(?:(?:the|a|this|that)\s+\w+|[A-Z][a-z]+)\s+(?:won't|will|can't|loves|is|was|has|keeps|says|said)\b")
FIRST_TIME = lazy_regex(r",\s+(?:my |our |the )?first time\s+(.+)$", re.I)


MORE_AFTER = lazy_regex(r";\s+|,\s+(?=(?:she|he|they|we|i|it|you|mine|ours|my|our|his|her|their|those|these)\b)|"
                        r"\s+and\s+(?=(?:she|he|they|it)\s+(?:\w+(?:ed|ent|ook|ote|ew)|was|were|is|always)\b)|"
                        r"\s+and\s+(?=(?:you're|you are|you've|I'm|I still|I never|I don't|I always)\b)|"
                        r"\s+and\s+(?=I\s+(?:laughed|cried|smiled|finally|actually)\b)", re.I)  # "and I laughed for the first time"
# "12 years married today and you're still ...", "the best sister and I never say it": a sentence of its own
LEADING_FOR = lazy_regex(r"^(?:just because\s+|(?:just\s+)?for\s+(?=(?:always|being|never|all|everything|the|your|you)\b))",
                         re.I)  # "just for being u honestly": being you


def _appreciated(said: str, f: Facts) -> str:
    """'you made them yourself in your pottery class', said back to the one who made them, is a report: 'I love
    that you made them yourself ...'; 'and it took you months' is known, not told ('and I know it took you months').
    A giver called by name among several ('Karen, you knitted it yourself') is left as it is."""
    we = f.writer_plural  # "Josh & Emily": we love it, as the rest of the note says
    said = TOOK_YOU.sub(r", and we know it took you" if we else r", and I know it took you", said)
    if f.formal or not MADE_IT.match(said):
        return said
    return ("We love that " if we else "I love that ") + g.decapitalise(said)


MADE_IT = lazy_regex(rf"^you (?:{g.alternatives('made_it')})\b", re.I)
TOOK_YOU = lazy_regex(r"\s+and it took you\b")


def _to_the_giver(text: str, f: Facts) -> str:
    """'she knitted it herself', in a note to Karen and Phil: 'Karen, you knitted it yourself'."""
    m = HE_SHE_START.match(text)
    if not m:
        return _one_of_the_givers(text, f)  # "Sami made it in his pottery class": "Sami, you made it ..."
    if not f.givers_plural:
        return text
    sex = "male" if text[:2].lower() == "he" else "female"
    named = [n for giver in f.givers for n in re.split(r"\s(?:and|&)\s", giver.call or giver.name)
             if given_name_sex(n.split()[0].lower()) == sex]
    if len(named) != 1:
        return text
    said = HE_SHE_START.sub(lambda m: _to_you(m), text, count=1)
    return f"{named[0].split()[0]}, {g.decapitalise(_yourself(said))}"


def _own_things(text: str, sex: str) -> str:
    """'Dilnoza, you said her mom made the pattern' -> '... your mom ...': hers is the reader's (of either
    sex when the name does not tell)."""
    text = POSSESSIVE.sub(lambda m: _yours(m) if sex in (_pronoun_sex(m), "", "either") and _owns(m) else m.group(0),
                          text)
    if sex in ("female", "male") and SHE_HE.search(text):  # "Tasha, you put in your mac and cheese, the one she never
        word = "she" if sex == "female" else "he"  # shares": the one you never share
        text = _you_agree(re.sub(rf"\b{word}\b", "you", text))
    return text


SHE_HE = lazy_regex(r"\b(?:she|he)\b")


def _yourself(text: str) -> str:
    return re.sub(r"\b(?:herself|himself)\b", "yourself", text)


def _present_to_gerund(vp: str) -> str:
    """'knows every kid's name and waves at them' -> 'knowing every kid's name and waving at them'; 'always waves
    at my son and once gave him a stamp' -> 'always waving at my son and once giving him a stamp'."""
    lead, rest = g.split_adverbs(vp)
    out = rest.split(" ")
    verb_next = True  # the first word, and the first after "and" (past its adverbs: "and once gave him a stamp")
    for i, word in enumerate(out):
        low = word.lower()
        if verb_next and i and low in g.VERB_ADVERBS:
            continue  # "and once gave him": "once" is when, not a clause of its own
        if low in g.SUBORDINATORS or low in g.RELATIVE_MARKS:
            break
        if verb_next and (i == 0 or lexicon.is_form(low, "VBZ") or lexicon.is_past(low) and low not in g.AUXILIARIES):
            base = lexicon.lemma(low) or low.removesuffix("s")
            out[i] = g.present_participle(base)
            verb_next = False
        elif low in ("and", "or"):
            verb_next = True
        elif low not in g.LEADING_ADVERBS and low not in g.VERB_ADVERBS:
            verb_next = False
    return lead + " ".join(out)


def _done_by_giver(text: str, f: Facts) -> str | None:
    """'Marisol left soup on my porch' -> 'leaving soup on my porch'; 'you learned to make pozole' -> 'learning
    to make pozole'; for a gift, 'Mireille dropped off two bags of her twins' clothes' -> 'her twins' clothes':
    what a giver did, as the note thanks them for it. None when the text does not open with a giver."""
    being = BE_CONTRACTED.match(text)
    if being and _after_giver(f"{being.group(1)} {text[being.end():]}", f) is not None:
        lead, rest = g.split_adverbs(text[being.end():])  # "she's just always there when I call"
        lead = " ".join(w for w in lead.split() if w.lower() != "just")
        rest = rest[5:] if rest[:5].lower() == "been " else rest  # "she's been so patient": being so patient
        return f"{lead} being {rest}".strip()  # -> "always being there when I call"
    rest = _after_giver(text, f)
    if rest is None:
        return None
    rest = re.sub(r"^(?:all|both)\s+", "", rest)  # "they all went in on the stroller": going in on it
    ws = g.words(rest)
    if not ws:
        return None
    verb = ws[0].lower()
    plural_subject = text.lower().startswith(("you ", "they "))  # "you always answer when I call"
    if not (lexicon.is_past(verb) or lexicon.is_form(verb, "VBZ") or (plural_subject and g.is_verb(verb))) \
            and verb not in g.LEADING_ADVERBS:
        return None
    if f.kind in THING_KINDS:
        thing = _given_thing(rest)
        if thing:
            return thing
    head = g.words(g.split_adverbs(rest)[1])[0]
    if lexicon.is_past(head):
        return g.past_to_gerund(rest)
    if lexicon.is_form(head, "VBZ"):
        return _present_to_gerund(rest)
    return g.vp_to_gerund(rest) if g.is_verb(head) else rest


BE_CONTRACTED = lazy_regex(r"^(she|he|you|they)['’](?:s|re)\s+", re.I)


def _after_giver(text: str, f: Facts, field: str = "what") -> str | None:
    low = text.lower()
    heads = ["you ", "you guys ", "you all ", "y'all ", "you both ", "you two "]  # "u guys fed our chickens"
    if len(f.givers) == 1 and not f.givers_plural:
        sex = _giver_sex(f)
        heads += ["she "] if sex == "female" else ["he "] if sex == "male" else ["she ", "he "]
        if field != "what":  # "his class, my son ..." then "he won't stop talking about it": the son
            named = _third_parties(f, before=field)
            heads = [h for h in heads if not (h == "she " and "female" in named or h == "he " and "male" in named)]
    elif f.givers_plural:
        heads += ["they "]
    for giver in f.givers:
        for name in (giver.name, giver.call, giver.name.split(" ")[0], giver.greeting(False)):
            if name and len(name) > 1 and name.lower() not in g.DETERMINERS and name.lower() not in ("our", "my"):
                heads.append(name.lower() + " ")  # not "the" of "the neighbors": "the meals after surgery"
    for head in sorted(set(heads), key=len, reverse=True):
        if low.startswith(head):
            rest = text[len(head):].strip()
            return _you_again(rest, head.strip()) if head in ("he ", "she ") else rest
    return None


def _you_again(rest: str, pronoun: str) -> str:
    """'found the same model he had in the 70s', of Dad: 'he' is still the giver ('... you had in the 70s')."""
    if f" {pronoun} " not in f" {rest.lower()} ":
        return rest
    return _you_agree(re.sub(rf"\b{pronoun}\b( (?:was|is|has)\b)?",
                             lambda m: "you" + YOU_AGREE.get((m.group(1) or "").strip(), m.group(1) or ""), rest, flags=re.I))


YOU_AGREE = {"was": " were", "is": " are", "has": " have"}


def _given_thing(vp: str) -> str | None:
    """'dropped off two bags of her twins' clothes' -> "her twins' clothes"; 'sent me a scarf' -> 'a scarf'."""
    ws = vp.split(" ")
    base = lexicon.lemma(ws[0].lower())
    if base not in g.GIVING_VERBS:
        return None
    at = 1
    while at < len(ws) and ws[at].lower() in g.PARTICLES | g.OBJECTS | {"you", "over"}:
        at += 1
    thing = " ".join(ws[at:])
    if not thing:
        return None
    inside = CONTAINER.match(thing)
    return inside.group(1) if inside else thing  # "two garbage bags of her twins' clothes": the clothes


COUNTED = frozenset("about around over nearly almost roughly up".split())


def _then_a_preposition(phrase: str) -> bool:
    ws = g.words(phrase)
    return len(ws) > 1 and ws[1].lower() in g.PREPOSITIONS


def _use(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.use:
        return
    typed, more = _what_and_more(_they_named(f.use, f))
    if g.first_word(typed) == "for" and " " in typed and not f.money:
        typed = typed.split(" ", 1)[1]  # "for the train to my new job": what it is for
    if " can " in f" {typed} ":
        typed = CAN_NOW.sub(r"I can \1", typed)  # "finally can focus on the train": I can finally focus, never
        # "to finally can" nor "I'll finally focus" (it is so already)
    if " first " in typed or " last " in typed or " big " in typed:
        typed = ON_THE_DAY.sub(r"\1 on \2", typed)  # "wearing it my first day of rotations": on my first day
    if more and g.shape(typed, "vp") in ("clause", "past"):
        typed, more = f.use, ""  # "made chili in it, it was so good": one sentence already
    if not more:
        done = DONE_AFTER.search(typed)  # "it's in the corner by the window, already named him Gerald"
        if done and g.shape(typed[done.end():], "vp") == "past":
            typed, more = typed[:done.start()], g.past_to_clause(typed[done.end():], forms["I"])
    if more:  # "probably new headphones; mine are held together with tape"
        forms["use_more"] = g.as_sentence(_clean(more, f, field="use"))
        flags.add("use_more")
    if ONLY_ONE_USE.match(typed):  # "only place she will nap during the day": it is the only place
        typed = f"{forms['it_is']} {'' if typed.lower().startswith('the ') else 'the '}{typed}"
    swap = not ("what_np" in flags and forms.get("It") == "They" and _they_are_the_thing(typed))
    use = g.strip_to(_clean(typed, f, swap=swap, field="use"))  # "they keep my ears warm": the mittens do
    if ALREADY_DOING.match(use):
        use = f"{forms['Im']} {use}"  # "already casting on a hat": I'm already casting on a hat
    if _no_subject(use):
        use = _with_subject(forms['I'] if g.first_word(use) != 'been' else forms['Ive'], use)  # "been putting it on toast"
    elif PASSED_ALONE.match(use) and not f.money:
        use = _with_subject(forms['I'], use)  # "passed!!! 10/10": I passed (a past with nothing after it is mine)
    elif g.first_word(use) in PLACE_WORDS and not f.money:
        use = f"{forms['it_is']} {use}"  # "on our bed already": where the gift is
    elif _only_a_participle(g.first_word(use)) and not f.money:
        use = f"{forms['it_was']} {use}"  # "gone in about 10 minutes": what became of the gift
    kind = g.shape(use, "vp")
    if kind == "np" and g.first_word(use) in WHERE_IT_IS and _then_a_preposition(use) and not f.money:
        use, kind = f"{forms['It'].lower()} {use}", "clause"  # "lives by the big window now": it lives there
    if kind == "vp" and g.first_word(use).endswith("ing") and lexicon.is_form(g.first_word(use), "VBG") \
            and g.first_word(use) in g.ING_NOUNS:
        kind = "act"  # "reading before bed again": going on now, never "I plan to reading"
    donation = f.kind == "donation"
    if donation and kind == "np" and lexicon.is_form(g.first_word(use), "VBZ") \
            and (g.words(use)[1:2] or ["for"])[0].lower() not in g.PREPOSITIONS:  # "covers for the pews": things
        kind = "pres3"  # a donor's gift "covers instrument rentals for 6 kids": what it does
    if donation and kind in ("vp", "np") and lexicon.is_form(g.first_word(use), "VBZ") \
            and (g.words(use)[1:2] or [""])[0].lower() in COUNTED:
        kind = "pres3"  # "stocks about 80 family boxes": what the gift does, never "goes toward stocks"
    if (f.money or donation) and kind == "vp" and _a_thing_paid_for(use):
        use, kind = (use if g.is_plural_noun(g.first_word(use)) else g.with_article(use)), "np"  # "a deposit on my
        # first apartment", "repairs for the car"
    if (f.money or donation) and kind == "vp" and not g.is_verb_phrase(use):
        kind = "np"  # what the money goes toward: "college tuition", "rent", "instrument rentals"
    if kind == "pres3" and not donation and (f.money and "NOUN" in lexicon.parts(g.first_word(use))
                                             or _then_a_preposition(use)) and g.is_plural_noun(g.first_word(use)):
        kind = "np"  # "diapers; so many diapers", "lectures on the bus": things, never "It diapers", "They lecture"
    forms["will_go"] = "will go"
    if f.money:
        hedge, rest = g.split_adverbs(use)  # "probably going towards new shoes": it will probably go toward them
        if g.first_word(rest) in ("toward", "towards") and " " in rest:
            use, kind = rest.split(" ", 1)[1], "np"  # "toward a new roof"
        elif lexicon.is_past(g.first_word(rest)) and g.shape(rest, "vp") in ("past", "vp") and " it" in rest:
            use, kind = f"I {rest}", "clause"  # "ordered new running shoes with it": what I did with it
        elif MONEY_TOWARD.match(rest):  # "paying for the kayak day", "it's going straight to my textbooks"
            use, kind = MONEY_TOWARD.match(rest).group(1), "np"  # "paying for the kayak day" -> toward the kayak day
        elif hedge and kind == "np":
            use = rest  # "probably a new bike"
        else:
            hedge = ""
        if kind == "np" and _bare_compound(use) and re.search(r"\s(?:for|of|on)\s+(?:the|my|our)\s", use):
            use = f"the {use}"  # "down payment fund for the house": that one fund
        elif kind == "np" and (_bare_compound(use) or " " in use and _one_thing(use)) \
                and g.first_word(use) not in g.DETERMINERS and not use[:1].isupper():
            use = f"{'our' if f.occasion == 'wedding' else forms['my']} {use}"  # "our (new) down payment fund"
        if kind == "np" and OWN_EVENT.match(use):
            whose = "our" if f.occasion == "wedding" else forms["my"]  # a wedding's honeymoon is the couple's
            use = f"{whose} {OWN_EVENT.match(use).group(1)}{use[OWN_EVENT.match(use).end():]}"
        forms["will_go"] = f"will {hedge}go"
    flags.add("use")
    if kind == "np" and MY_MILESTONE.match(use) and "ADJ" in lexicon.parts(MY_MILESTONE.match(use).group(1)):
        use, kind = f"{g.capitalise(forms['Im'])} {use}", "clause"  # "one year sober this month": I'm one year sober
    if kind == "clause" and (_says_to_whom(use) or _no_subject(use)):
        use = _with_subject(forms['I'], use)  # "hope we can get dinner" -> "We hope we can get dinner"
    if kind == "act":
        _use_now(use, forms, flags)
    elif kind == "past":
        subject = _thing_subject(forms) if g.effect_of_the_thing(use) else forms["I"]  # "got me through the flu"
        _use_clause(g.past_to_clause(use, subject), forms, flags)  # "made pesto last night": the writer did
        flags.add("use_past")
    elif kind == "pres3":
        _use_clause(_gift_does(use, forms, f.kind == "donation"), forms, flags)  # "covers insulin for 14 patients"
        flags.add("use_does")
    elif kind == "vp" and g.effect_of_the_thing(use) and not f.money:
        _use_clause(f"{_thing_subject(forms)} will {use}", forms, flags)  # "get me through the winter"
    elif kind == "vp":
        forms.update(use=use, use_ing=g.vp_to_gerund(use))
        flags.add("use_vp")
        if not IT_WORDS.search(use):
            flags.add("use_no_it")
    elif kind in ("clause", "imperative"):
        _use_clause(g.with_subject_article(use) if kind == "clause" else use, forms, flags)  # "car actually stops now"
        if g.is_past(use):
            flags.add("use_past")  # "I got better faster": not after "It means" or "I notice it every time"
    else:
        forms["use_np"] = _np(use)
        flags.add("use_np")
        if RESULT_NP.match(use):
            flags.add("use_np_result")  # "no more leaks, thanks to you all"
        if g.is_plural_phrase(use):
            flags.add("use_np_plural")  # "walks in the park": never "It was walks in the park"


MY_MILESTONE = lazy_regex(r"^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
                          r"(?:days?|weeks?|months?|years?)\s+([a-z]+)\b", re.I)  # "six months clean", "a year sober"
OWN_EVENT = lazy_regex(r"^the (honeymoon|wedding|move|first apartment|first home|first house)\b", re.I)  # the writer's
ONLY_ONE_USE = lazy_regex(r"^(?:the )?only (?:place|thing|one|way|time|toy|spot|chair|blanket)\b", re.I)
RESULT_NP = lazy_regex(r"^(?:no more|no longer|no|one less|less|fewer|zero|a lot less|so much less)\b", re.I)
PLACE_WORDS = frozenset("on in by over under beside above next behind inside".split())
MONEY_TOWARD = lazy_regex(r"^(?:(?:paying|pay|putting it|put it|going|saving(?: it| up)?)\s+(?:for|toward|towards)|"
                          r"(?:going|it's going|putting it|put it)\s+(?:straight\s+|right\s+|directly\s+)?(?:in)?to"
                          r"(?=\s+(?:the|a|an|my|our)\b))\s+(.+)$", re.I)
# "going to the honeymoon fund": the money goes toward it (never "I'm going to the honeymoon fund")


ONE_THING_I_DID = lazy_regex(r"^(?:i|we)\s(?!.*\b(?:and|but|because|so|couldn't|wouldn't|could not|would not|"
                             r"never|without)\b)", re.I)


def _a_thing_paid_for(use: str) -> bool:
    """'deposit on my first apartment', 'repairs for the car': a noun and what it is for, paid with money; not
    'save for a car' nor 'spend on books' (verbs money is spent with, data/words/grammar.toml)."""
    ws = [w.lower() for w in g.words(use)]
    return len(ws) > 2 and ws[1] in ("on", "for") and "NOUN" in lexicon.parts(ws[0]) and ws[0] not in g.SPENDING_VERBS \
        and (ws[2] in g.DETERMINERS or ws[2] in g.POSSESSIVES)


def _use_clause(clause: str, forms: dict, flags: set) -> None:
    clause = g.with_subject_article(_np(clause))  # "first thing we made was my mom's chili" -> "the first ..."
    forms["use_clause"] = g.decapitalise(_without_you(_unspliced(clause)))
    flags.add("use_clause")
    if g.starts_with_back_pronoun(clause):
        flags.add("use_back")
    if PLACED.search(clause):
        flags.add("use_place")  # "the candle is on the mantel": where it is, not what it made possible
    if USED_IT.search(clause):
        flags.add("use_act")  # "we used it for meals": what the writer did with it, not what it spared them
    if CREDITS.search(forms["use_clause"]) or re.search(r"[!?]\s", clause) or HEDGED.match(clause):
        flags.add("use_credits")  # "a lot of it is because of you": never again "..., thanks to you"; "He passed!
        # He's so proud" is said as typed, two sentences that no frame can hold
    if RESULT.search(clause) or g.is_past(clause):
        flags.add("use_result")  # "feedings will be easier", "I made my flight": what the gift or act made possible
    if ONE_THING_I_DID.match(forms["use_clause"]):
        flags.add("use_mine")  # "I got there on time": one thing the writer could do ("It meant I got there on time")


def _without_you(clause: str) -> str:
    """'I defend on the 15th and I would have had nothing' says what would have been without the help: 'I defend
    on the 15th, and without you I would have had nothing' (never "Because of your help, ... I would have had")."""
    m = WOULD_HAVE.search(clause) if "have" in clause and "without" not in clause else None
    if not m:
        return clause
    if not m.group(1):
        return clause[:m.start(2)] + "without you, " + clause[m.start(2):] if m.start(2) == 0 else clause
    return f"{clause[:m.start(1)].rstrip(' ,')}, {m.group(1)} without you {clause[m.start(2):]}"


WOULD_HAVE = lazy_regex(r"(?:\b(and|but|or)\s+)?\b(I|we)\s+(?:would|could|might)\s+(?:\w+ly\s+)?have\b")
HEDGED = lazy_regex(r"^I (?:think|guess|suppose)\b")  # "I think it got me through": never "Because of you, I think"
USED_IT = lazy_regex(r"^(?:i|we)\s+(?:\w+\s+)?(?:used|spent|put|bought|got|made|took|read|wore|kept|hung|ate|watched|"
                     r"played|opened|framed|wrapped|carried)\s+(?:it|them)\b", re.I)
CREDITS = lazy_regex(r"\b(?:because of|thanks to|due to|without|all) (?:you|your)\b|\byour (?:doing|help)\b|"
                     r"\b(?:couldn't|wouldn't|could not|would not|never could|never would) have\b", re.I)
# "I couldn't have gone without a driver" gives the credit itself: never "Because of you, I couldn't have gone"
RESULT = lazy_regex(r"\b(?:will|won't|'ll|can|can't|could|couldn't|finally|now|no longer|didn't have to|"
                    r"don't have to|won't have to)\b", re.I)
PLACED = lazy_regex(r"^(?:[\w'’]+\s+){1,3}(?:is|are|'s|'re|sits|sit|hangs|hang|stands|stand|lives|live|waits|wait)"
                    r"\s+(?:(?:now|still|already|proudly)\s+)?(?:\w+ing\s+)?(?:on|in|by|at|over|under|beside|next|"
                    r"above|near|inside|behind|outside)\b", re.I)


def _use_now(use: str, forms: dict, flags: set) -> None:
    """A use typed as '-ing' is going on now: 'saving it for New Year's Eve' -> "we're saving it for New Year's
    Eve"; with no object, the gift is doing it: 'hanging by the front door' -> "it's hanging by the front door"."""
    lead, rest = g.split_adverbs(use)
    ws = [w.lower() for w in g.words(rest)]
    second, third = (ws + ["", "", ""])[1:3]
    gift_verb = (g.gerund_to_base(ws[0]) if ws else "") in g.THING_VERBS | g.POSITION_VERBS
    if second in g.PREPOSITIONS and (second not in g.PARTICLES or third in g.DETERMINERS) and gift_verb:
        clause = f"{forms['it_is']} {use}"  # "hanging by the front door"; not "reading before bed again"
    else:
        clause = f"{forms['Im']} {use}"
    _use_clause(clause, forms, flags)
    flags.add("use_now")


def _gift_does(use: str, forms: dict, donation: bool = False) -> str:
    """'covers insulin for 14 patients' -> 'it covers insulin ...' ('they cover ...' for a plural gift; 'your gift
    covers ...' in a donation's acknowledgment)."""
    if donation:
        return f"your gift {use}"
    if forms["It"] == "It":
        return f"it {use}"
    verb, _, rest = use.partition(" ")
    base = lexicon.lemma(verb.lower()) or verb
    return f"they {base} {rest}".strip()


def _says_to_whom(clause: str) -> bool:
    """'hope we can get dinner': a verb of saying or hoping with its clause, and no subject of its own."""
    ws = [w.lower() for w in g.words(clause)]
    return len(ws) > 1 and ws[0] in g.CLAUSE_VERBS and (ws[1] in g.SUBJECT_PRONOUNS or ws[1] == "you")


def _only_a_participle(word: str) -> bool:
    """'gone', 'eaten', 'worn': a past participle that is no simple past, so the phrase tells what the thing is."""
    return lexicon.is_form(word, "VBN") and not lexicon.is_past(word)


def _with_subject(subject: str, clause: str) -> str:
    """'I' or 'We' before a clause typed without one; its first word is a verb, never a name ('Will let her know')."""
    return f"{subject} {clause[:1].lower()}{clause[1:]}"


def _no_subject(clause: str) -> bool:
    """"can't wait to see you at Easter", 'will wear it every day': a verb of the writer's with no subject."""
    head = g.first_word(clause)
    if head in ("have", "has", "do", "does"):
        nxt = (g.words(clause)[1:2] or [""])[0].lower()
        return lexicon.is_form(nxt, "VBN") or nxt in ("to", "not")  # "have you over" is a plan, "have been" is not
    if head in ("want", "hope", "plan", "need", "intend", "mean"):
        return (g.words(clause)[1:2] or [""])[0].lower() == "to"  # "want to have you both down in spring"
    return (head in g.AUXILIARIES and head not in g.SUBJECT_PRONOUNS) or head == "been"


SPLICE = lazy_regex(r",\s+(?=(?:the|my|your|our|his|her|their|this|that|it|we|you|they|i|he|she)\s+\w+\s)", re.I)


LISTED = lazy_regex(r", [^,]+ and [^,]+$")


def _comma_list(phrase: str) -> str:
    """'lasagna, soup, the good bread from the bakery' -> 'the lasagna, the soup and the good bread from the
    bakery': a list typed with commas only, as a sentence lists things. Anything else is kept."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) < 3 or any(g.shape(p, "np") != "np" or len(p.split()) > 6 or g.first_word(p) in ("as", "not")
                             or g.first_word(p).endswith("'s") for p in parts):
        return phrase  # "white roses, Mom's favorite": one thing, then what it is
    the = any(g.first_word(p) == "the" for p in parts)  # one typed with "the": each takes it
    parts = [p if not the or g.first_word(p) in g.DETERMINERS | {"all", "both", "every", "lots", "plenty"}
             or p[:1].isupper() or p[:1].isdigit() else f"the {p}" for p in parts]
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def _unspliced(clause: str) -> str:
    """'come see us in Denver, the guest room is yours' -> 'come see us in Denver; the guest room is yours'."""
    if "," not in clause:
        return clause
    head, _, tail = clause.rpartition(", ")
    if len(head.split()) <= 2 and all(w[:1].isupper() for w in head.split()) and g.first_word(tail) in ("you", "thank"):
        return clause  # "Luis, you carried the couch": a name called, not a spliced sentence
    if g.first_word(tail) in ("which", "who", "whose", "where", "even", "not", "and", "but", "so"):
        return clause  # ", which was amazing", ", not the crib": said of what comes before, never a sentence;
        # ", and I'm trying": joined already
    if g.first_word(tail) in ("all", "each", "both") and len(tail.split()) > 1 and lexicon.is_past(tail.split()[1]):
        return clause  # "three huge bins, all sorted by size": how they were
    tail_shape = g.shape(tail, "vp")
    if tail_shape == "clause" and len(head.split()) <= 6 and len(tail.split()) <= 8 and ";" not in head:
        return f"{head}, and {g.with_subject_article(tail)}"  # "it's real cedar, and the whole porch smells amazing"
    if tail_shape in ("clause", "imperative") or (tail_shape == "vp" and g.is_verb_phrase(tail)):
        return f"{head}; {g.with_subject_article(tail)}"  # "gift card is going to new clubs": the gift card
    return clause


def _np(phrase: str) -> str:
    """A noun phrase as it reads after a verb: 'first real meal I ate all week' -> 'the first real meal ...'."""
    head = g.first_word(phrase)
    if head in ("first", "last", "best", "only", "next", "worst"):
        return "the " + phrase
    return phrase


INNER_CONCESSIVE = lazy_regex(r",?\s+(?=(?:even though|even tho|although|even if)\s)", re.I)
QUANTITY = lazy_regex(r"^(?:about|around|over|almost|nearly|at least)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|"
                      r"ten|a dozen)\s+(?:[a-z -]*[a-z]s\b|of them\b)", re.I)  # "about 3 huge bins": how many there were
ALREADY_DOING = lazy_regex(r"^(?:already|still|finally)\s+[a-z]+ing\b")
SAID_AT_END = lazy_regex(r",?\s+(?:he|she|they)\s+said\s*$", re.I)
FOUND_IT = lazy_regex(r"^(?:found|opened|unwrapped)\s+(?:it|them)\b.*\b(?:my|me)\b", re.I)
CARD_BY = lazy_regex(rf"^(?:the\s+)?card\s+({g.alternatives('card_by')})\s+by\s+(.+)$", re.I)
DESCRIBED_AS = lazy_regex(rf"^(?:{g.alternatives('described_as')})\s+(?:in|with)\b", re.I)
HARDSHIP = lazy_regex(rf"\b(?:no|without)\s+(?:{g.alternatives('hardships')})\b", re.I)
KNEW_HOW = lazy_regex(r"\b((?:know|knew|idea) how) (?:he|she) (?=(?:(?:even|ever|possibly|actually)\s+)?(?:knew|found|"
                      r"remembered|got|managed|did)\b)", re.I)


def _pronoun_word_sex(m: re.Match) -> str:
    return "male" if re.search(r"\bhe\b", m.group(0), re.I) else "female"


WONDERED = lazy_regex(r",\s+(?=(?:how|where|why|what) (?:did|do|does|are|is|were) you\b)", re.I)
ASKED_INSIDE = lazy_regex(r"\?+\s+(?=\S)")
TOOK_YOU_AFTER = lazy_regex(r", took (you|you both|you all) (?=(?:about |almost |over |like )?(?:a|an|\d+|two|three|four|five|six|several)\b)")
THAT_TIME = lazy_regex(r"^(?:that|the) (?:night|time|day|weekend|summer|winter|trip|morning|evening)\s+(?:we|i|you)\b", re.I)
CAN_NOW = lazy_regex(r"^((?:finally|now|actually|really)\s+)?can\s+(?=[a-z])", re.I)
EVERYTHING_YOU = lazy_regex(r"^(?:everything|all)\s+(?:that\s+)?(?:you|you've|you all)\b", re.I)
AND_IT_MADE = lazy_regex(r",? and (?:(?:it|that) (?:made|makes|had|has) (?:me|us)\b|(?:everyone|everybody|we all|the whole "
                         r"room|the kids) (?:laughed|cried|loved it|clapped|cheered)\b)")  # "... and everyone laughed"
TOOK_ON_THE_WAY = lazy_regex(r"^took\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?(?:a|an|\d+|two|three|four|five|six|"
                             r"several)\s+(?:days?|weeks?|months?)\s+to\s+(?:get\s+here|arrive|come|reach\s+(?:us|me))\b",
                             re.I)
TOOK_TIME = lazy_regex(r"^(?:it\s+)?took\s+(?:them|him|her|you|you guys|you all|you both)\s+"
                       r"((?:about\s+|like\s+|almost\s+|over\s+)?(?:a|an|\d+|two|three|four|five|six|several|all|the whole)\b.*)$",
                       re.I)


SAYING_THAT = lazy_regex(r"^(writing|saying|telling (?:me|us)|reminding (?:me|us)) (?=(?:you|she|he|they|we|I|it)\s)")
THE_COLOUR_ONE = lazy_regex(r"^the ([a-z]+) ones?(?: (?:off|from|on) (?:our|the|my) registry)?$", re.I)
THING_HAD = lazy_regex(r"^(?:still |even |already )?had (?!to\b)(?=\w+s\b)", re.I)  # "still had leaves on them"


def _by_giver_words(detail: str) -> bool:
    """'had it framed', 'had cables in his trunk': what someone had done or had with them, not what the gift had."""
    return bool(re.search(r"\b(?:his|her|their|your|my|it framed|them framed)\b", detail, re.I))
NOT_EVEN = lazy_regex(r"^(?:she|he|they|you)\s+(didn't|did not|never|hadn't|had not)\s+even\s+((?:get|have|know|see|hear|receive|got|had)\b.+)$", re.I)
ALSO_A_THING = lazy_regex(r"^(?:also|and|plus)\s+((?:a|an|some|the)\s+.+)$", re.I)  # "and a card w/ a drawing by the twins"
RELATIVE_WHICH = lazy_regex(r"(?<!,)\s+which\b")
UNPLACED_LEADS = frozenset("off from via through".split())
OWNED_THING = lazy_regex(r"\b(your|the)(?= [a-z]+\b(?! (?:me|us|him|her|them)\b))")  # "lending me your suit": the thing lent
NONE_JUST = lazy_regex(r"^no ([a-z]+(?: [a-z]+)?),? (?:just|only) (.+)$", re.I)
ON_THE_DAY = lazy_regex(r"\b(it|them) ((?:my|our|the|his|her) (?:first|last|big) (?:day|night|week|shift))\b")
CREDITED = lazy_regex(r"\b(?:because of you|thanks to you|without you)\b", re.I)
BECAUSE = lazy_regex(r"^(?:because|bc|cause|cuz)\s+", re.I)
PLEASE_AT_END = lazy_regex(r"\?\s*(?:pls|plz|please)\W*$", re.I)
AFTER_AT_END = lazy_regex(r"(?<=[a-z]) after$")
WHEN_WE = lazy_regex(r"^((?:next|this) (?:summer|winter|spring|fall|year|time|month|weekend|week)|in (?:the )?\w+)\s+"
                     r"(we|i|we'll|i'll)\s+(?!(?:are|were|was|have|had|did)\b)(\S.*)$", re.I)
WHEN_WERE = lazy_regex(r"^((?:next|this) (?:summer|winter|spring|fall|year|time|month|weekend|week))\s+"
                       r"((?:we're|I'm)\s+\w+ing\b.*)$", re.I)
SEE_YOU = lazy_regex(r"^(?:come (?:see|visit)|visit|see)\s+(?:you|you all|you guys|y'all)\b|"
                     r"^come (?:play|sing|help|perform|speak)\b.*\byour\b", re.I)  # "come play for your studio recital"
HOPING = lazy_regex(r"^(?:really |so )?hoping to |^hopefully (?=(?:visit|see|come|get|make|be|go|meet|host|have)\b)", re.I)
ANYTIME = lazy_regex(r"\b(?:any ?time|whenever)\b", re.I)
CAME_WITH = lazy_regex(r"^(?:it |they )?came with (?:a |an |the |some )?([^,;.]+)$", re.I)


def _detail(f: Facts, forms: dict, flags: set, what: str) -> None:
    """The detail, each shape where it reads well: more the giver did is thanked for with the gift ('and for
    sending us pictures every day'); what the gift does is said of it ('it smells like fig'); how it looks
    describes it ('the yellow baby blanket with little ducks'); a sentence stays one ('The pecan pie was
    unreal.'); a thing stays a thing ('the deep green')."""
    if not f.detail:
        return
    flags.add("detail")
    if IT_ENDED_UP.match(f.detail):
        f = replace(f, detail="it " + f.detail)  # "ended up being 4 nights not 1": the stay did, never "for ending up"
    thing = "what_np" in flags
    if thing and forms.get("It") == "They" and _they_are_the_thing(f.detail):
        # "they stood by Dad's photo": the lilies did, not the givers ("they" is not "you" here); one giver's
        # "she" is still "you" ("they were hers when she was my age": yours, when you were)
        one = len(f.givers) == 1 and not f.givers_plural
        _detail_clause(g.without_emphasis(_clean(f.detail, f, swap=one, field="detail")), forms, flags)
        return
    detail = _it_named(g.without_emphasis(_clean(f.detail, f, field="detail")))
    detail = GIFT_THEN_WHICH.sub("", detail)  # "group gift, the red one": the red one
    commented = _thing_then_comment(detail, f.writer_plural)
    if commented:
        _detail_clause(commented, forms, flags)
        return
    if detail.endswith("?") and g.first_word(detail) not in g.WH_WORDS | {"is", "are", "do", "does", "did", "can"}:
        detail = detail.rstrip("?")  # "i have a crown and a briefcase??": a statement said with wonder
    first, *rest = g.SENTENCE_END.split(detail, 1) if "! " in detail or ". " in detail else [detail]
    if rest and g.shape(first, "np") == "np":  # "the cranberry-jalapeno thing!! need that recipe": the thing, then
        more = f"I {rest[0][:1].lower()}{rest[0][1:]}" if g.first_word(rest[0]) in ("need", "want", "love", "miss") else rest[0]
        detail, forms["detail_more"] = first.rstrip("!. "), g.as_sentence(g.capitalise(more))  # "I need that recipe."
    wondered = WONDERED.search(detail) if " you" in detail and "," in detail else None
    if wondered:  # "the color matches our tiles exactly, how did u know": a question of its own
        forms["detail_more"] = g.capitalise(detail[wondered.end():].rstrip("?!. ")) + "?"
        detail = detail[:wondered.start()]
    asked = ASKED_INSIDE.search(detail) if "?" in detail else None
    if asked and g.first_word(detail) not in g.WH_WORDS:  # "found a pic of pickle on my insta?? creepy but amazing"
        forms["detail_more"] = g.as_sentence(g.capitalise(detail[asked.end():]))
        detail = detail[:asked.start()]
    instead = NONE_JUST.match(detail)
    if instead:  # "no note just a doodle of a teapot": there was no note, just the doodle
        _detail_clause(f"there was no {instead.group(1)}, just {instead.group(2)}", forms, flags)
        return
    said_of_it = forms.get("the_what", "").rsplit(", ", 1)
    if thing and len(said_of_it) == 2 and " " not in said_of_it[1] and g.first_word(detail) == said_of_it[1].lower():
        forms["the_what"] = f"{said_of_it[0]}, {g.decapitalise(detail)}"  # "pen, engraved" + "engraved w my initials"
        flags.add("detail_folded")
        return
    one = THE_COLOUR_ONE.match(detail) if detail[:4].lower() == "the " else None
    if one and thing and is_colour(one.group(1)) and "what_long" not in flags:
        forms["the_what"] = _describe(forms["the_what"], one.group(1).lower(), "")  # "the grey one": the grey carrier
        flags.add("detail_folded")
        return
    if one and not thing and is_colour(one.group(1)) and "act" in forms:  # "lent me his suit", "the navy one"
        owned = OWNED_THING.search(forms["act"])
        if owned:  # "lending me your navy suit"
            forms["act"] = f"{forms['act'][:owned.end(1)]} {one.group(1).lower()}{forms['act'][owned.end(1):]}"
            flags.add("detail_folded")
        else:
            forms["unsaid_detail"] = f.detail  # which one, of a thing the act does not name: asked about
            flags.add("unsaid_detail")
        return
    if thing and g.first_word(detail) in UNPLACED_LEADS:  # "off the registry, the red one!!": no sentence says it
        forms["unsaid_detail"] = f.detail  # well; asked about instead
        flags.add("unsaid_detail")
        return
    if detail[:5].lower() == "even " and g.first_word(detail[5:]) in g.DETERMINERS and g.shape(detail[5:], "np") == "np":
        detail = detail[5:]  # "even the tea with honey just the way I like it": the tea, said with delight
    also = ALSO_A_THING.match(detail) if thing and detail[:5].lower() in ("also ", "and a", "and t", "plus ") else None
    if also and g.shape(also.group(1), "np") == "np":  # "also a casserole which honestly saved us": a second gift
        more = g.definite(also.group(1).strip())
        forms["detail_act"] = RELATIVE_WHICH.sub(", which", more)  # "and for the casserole, which saved us"
        flags.add("detail_act")
        return
    came = CAME_WITH.match(detail)
    if came and thing and len(came.group(1).split()) <= 4:  # "came w/ a handwritten card": never told back, loved
        detail = f"the {came.group(1)} that came with {forms['it']}"
        plural = g.is_plural_phrase(came.group(1))
        forms.update(detail_np=detail, detail_is="are" if plural else "is", detail_was="were" if plural else "was")
        flags.add("detail_np")  # a thing, never a sentence of its own ("The tiny dice socks that came with it.")
        return
    if ", took " in detail:
        detail = TOOK_YOU_AFTER.sub(r", and it took \1 ", detail)  # "painted it from a photo, took you 6 weeks"
    head, more = _what_and_more(detail)
    if more and _one_of_the_givers(head, f) != head and HE_SHE_START.match(more):
        more = _you_agree(HE_SHE_START.sub(lambda m: _to_you(m), more, count=1))  # "Simone drew it from an old
        # photo, she even got the broken mailbox": Simone, you drew it ... You even got ...
    if more:  # "you sent a picture every day and she was always on Arjun's lap": two sentences
        detail, forms["detail_more"] = head.rstrip(", "), g.as_sentence(more)
    even = NOT_EVEN.match(detail) if "act" in forms and " even " in detail else None
    if even:  # "she didnt even get the slides til that morning": with the act, "even though you didn't ..."
        _fold_into_act(f", even though you {even.group(1)} {even.group(2)}", forms, flags)
        return
    if BECAUSE.match(detail) and "act" in forms:
        _fold_into_act(" " + BECAUSE.sub("because ", detail, count=1), forms, flags)  # "... because you knew ..."
        return
    conc = INNER_CONCESSIVE.search(detail)
    if conc and "act" in forms and g.shape(detail[:conc.start()], "np") == "np":
        # "the soup from that place on 5th even though its across town": thanked for with the act, concession kept
        forms["detail_act"] = f"{detail[:conc.start()]}, {detail[conc.end():]}"
        flags.add("detail_act")
        return
    if detail[:4].lower() == "took" and TOOK_ON_THE_WAY.match(detail):  # "took almost 3 weeks to get here": the parcel did, not the giver
        _detail_clause(f"it {g.decapitalise(detail)}", forms, flags)
        return
    if HE_SHE_START.match(detail) and not _giver_sex(f) and _pets_named(f) and not _someone_else(detail[3:]) \
            and not _pet_named_in(detail, f):  # "he sent me daily pickle updates": Pickle is not the "he" here
        _detail_clause(detail, forms, flags)  # "he ate a sock", after "our greyhound Rocket": the dog did
        return
    if detail[:5].lower() in ("found", "opene", "unwra") and FOUND_IT.match(detail):
        _detail_clause(f"I {g.decapitalise(detail)}", forms, flags)  # "found it in my sock": I found it
        return
    card = CARD_BY.match(detail) if detail.lower().startswith(("card ", "the card ")) else None
    if card:  # "card signed by like 20 ppl", with a gift card: the greeting card, and who signed it
        _detail_clause(f"the card was {card.group(1)} by {card.group(2)}", forms, flags)
        return
    if thing and detail[:1] in "pwsbf" and DESCRIBED_AS.match(detail):  # "packed in dry ice, it came all the way frozen": how it came
        _detail_clause(f"{forms['it_was']} {g.decapitalise(detail)}", forms, flags)
        return
    if (" no " in detail or "without" in detail) and HARDSHIP.search(detail) and g.shape(detail, "np") == "np":  # "3rd floor walk up and no elevator"
        forms["unsaid_detail"] = f.detail  # no sentence of ours says what it meant; asked about instead
        flags.add("unsaid_detail")
        return
    if detail[:1] in "aAoOnN" and QUANTITY.match(detail) and not g.has_finite_verb(g.words(detail.split(",")[0].lower())):
        _detail_clause(f"there were {g.decapitalise(detail)}", forms, flags)  # "like 3 huge bins, all sorted"
        return
    took = TOOK_TIME.match(detail)
    if took:  # "took them 2 saturdays": how long it took them, never "for taking them 2 Saturdays"
        _detail_clause(f"it took you {took.group(1)}", forms, flags)
        return
    if thing and THING_HAD.match(detail) and not _by_giver_words(detail):  # "still had leaves on them": the oranges did
        _detail_clause(f"{'they' if _plural_thing(f.what) else _thing_subject(forms)} {detail}", forms, flags)
        return
    spoken_to = _one_of_the_givers(detail, f)  # "Luis carried the couch", to Jake and Luis: "Luis, you carried ..."
    if spoken_to != detail:
        _detail_clause(_unspliced(spoken_to), forms, flags)
        return
    by_giver = _said_of_the_givers(detail, f)
    if by_giver and not g.subjectless(by_giver) and lexicon.is_past(g.first_word(by_giver)) \
            and g.opens_with_a_verb(by_giver):
        done_by_them = "past"  # "they put a little bow on the pot": "put" is their past, as "set" and "cut"
    else:
        done_by_them = g.subjectless(by_giver) if by_giver else ""
    if by_giver and done_by_them and not (thing and g.thing_does(by_giver)):
        if not g.prepares(by_giver):
            _detail_clause(detail, forms, flags)  # "she wore it on her wedding day": the gift's story, as it is
            return
        detail = by_giver  # "you always explained everything": the giver's, as an act
    done = done_by_them if detail == by_giver else g.subjectless(detail)
    if done and (thing or f.kind in THING_KINDS) and _how_it_came(detail):
        done = ""  # "already loaded with our next 3 picks": how the gift came, not what the givers did
    # a gift's detail in the present ("keeps my coffee hot the whole drive") is what the gift does
    gift_does = by_giver is None and thing and (done == "present" or g.thing_does(detail))
    if done and not gift_does and by_giver and AND_NOW_ARE.search(detail):
        _detail_clause(g.past_to_clause(detail, "you") if done == "past" else detail, forms, flags)  # "got a
        return  # snowblower and are very proud of it": what they did, then what they are; no act to thank for
    if done and not gift_does:
        felt = AND_IT_MADE.search(detail)
        if felt:  # "she wrote the card all in spanish and it made me cry": the act, then what it did
            forms["detail_more"] = g.as_sentence(g.capitalise(detail[felt.start() + 5:]))
            detail = detail[:felt.start()]
        act = SAYING_THAT.sub(r"\1 that ", _as_act(detail, done))  # "writing that you always knew I'd make it"
        forms["detail_act"] = _joined_acts(act)  # ", said I had to feel it": and saying ...
        flags.add("detail_act")
        if done == "past":
            forms["detail_did"] = detail  # "carved our initials in the corner": "I love that you carved ..."
            flags.add("detail_did")
        return
    if done:  # "smells like fig", "took her 3 months to make": the gift did it
        _detail_clause(f"{_thing_subject(forms)} {_agree(detail, done, forms)}", forms, flags)
        return
    kind = g.shape(detail, "np")
    if kind == "np" and ", " in detail and " and " not in detail:
        detail = _comma_list(detail)  # "lasagna, soup, the good bread": the lasagna, the soup and the good bread
    if kind == "act" and (g.acts_on_me(detail) or kinds.thanks_an_act(f.kind)):
        forms["detail_act"] = detail  # "texting me every morning for a month": the giver's
        flags.add("detail_act")
        return
    if kind == "adjunct" and g.first_word(detail) in g.INSCRIBED:
        verb, _, words = detail.partition(" ")
        if words and g.first_word(words) not in g.PREPOSITIONS:
            detail = f"{forms['it_is']} {verb} “{words.strip(chr(34))}”"  # words on the thing are quoted
            kind = "clause"
    if CONCESSIVE.match(detail) and "act" in forms:
        _fold_into_act(f", {g.decapitalise(detail)}", forms, flags)  # "even though it didn't fit": with the act
        return
    if CONCESSIVE.match(detail):  # "even tho he knows im a liverpool fan", of a scarf: no sentence of ours says
        forms["unsaid_detail"] = f.detail  # what it concedes to; asked about instead
        flags.add("unsaid_detail")
        return
    if kind == "adjunct" and what and "what_long" not in flags:
        # "at five in the morning" says when the act happened: it goes with it, wherever the act is named
        # ("driving me to the airport at five in the morning"), and is said when the act is.
        flags.add("detail_folded")
        for key in ("act", "act_base", "act_ing", "the_what"):
            if key in forms:
                forms[key] = f"{forms[key]} {g.decapitalise(detail)}"
        return
    if kind == "adjunct" and g.first_word(detail) == "with" and " " in detail:
        they = forms.get("It") == "They"  # "w little blue threads in the handles": it has them, never "It was with"
        detail, kind = f"{'they have' if they else 'it has'} {detail.split(' ', 1)[1]}", "clause"
    if kind == "adjunct":
        detail, kind = f"{forms['it_was']} {detail}", "clause"
    if SAME_AS.match(detail):
        same = f"the {detail}" if detail.lower().startswith("same ") else detail  # "same one dagny wears"
        _detail_clause(f"{forms['it_is']} {same}", forms, flags)  # "the same brand as your old one": it is
        flags.add("detail_back")
        return
    if kind in ("np", "vp"):
        described = g.adjective_phrase(detail)
        if described:
            _described(detail, described, f, forms, flags)
            return
    if kind in ("clause", "imperative"):
        _detail_clause(g.with_subject_article(_unspliced(detail)), forms, flags)
        return
    if thing and g.first_word(detail) in ("a", "an") and detail.split()[1:2] and detail.split()[1][:1].isupper() \
            and "singular" in flags:
        _detail_clause(f"{forms['it_is']} {detail}", forms, flags)  # "a Pentax K1000": what the camera is, by name
        return
    if thing and _names_the_kind(detail, forms):
        return  # "a pothos" for "a plant for my new office": the pothos, said once
    if thing and THE_ONE.match(detail) and "singular" in flags and "what_long" not in flags:
        forms["the_what"] = f"{forms['the_what']}, {detail}"  # "the bottle of whiskey, the one we had in Scotland"
        flags.update({"detail_folded", "what_long"})
        return
    detail = _quoted(detail)
    if g.is_gerund_start(detail):
        flags.add("detail_gerund")  # "kayaking at sunrise"
    elif not (detail[:1].isupper() or g.first_word(detail) in g.DETERMINERS or "'" in g.first_word(detail)
              or g.first_word(detail).endswith("s'")) and {"NOUN", "ADJ"} & set(lexicon.parts(g.first_word(detail))):
        detail = g.definite(detail)  # "little silver moons" -> "the little silver moons"
    forms["detail_np"] = g.definite(detail) if g.first_word(detail) in ("a", "an") else detail
    if "," in detail and not LISTED.search(detail):  # "the lasagna, the soup and the bread" is a list
        forms["_appositive"] = ","  # "White roses, Mom's favorite, meant a great deal"
    plural = g.is_plural_phrase(detail)
    forms["detail_is"] = "are" if plural else "is"
    forms["detail_was"] = "were" if plural else "was"
    flags.add("detail_np")
    that = g.make_definite_reference(detail)
    if that and not plural:
        forms["that_detail"] = that
        flags.add("detail_that")


SAME_AS = lazy_regex(r"^(?:the same|same one|same as|just like|exactly like|like the one)\b", re.I)
CONCESSIVE = lazy_regex(r"^(?:even though|even tho|although|though|tho|even if|even when|even after|despite)\b", re.I)


def _fold_into_act(tail: str, forms: dict, flags: set) -> None:
    """What goes with the act wherever it is named ('driving me home, even though it was late')."""
    flags.add("detail_folded")
    for key in ("act", "act_base", "act_ing", "the_what"):
        if key in forms:
            forms[key] = f"{forms[key]}{tail}"


THEY_THING = lazy_regex(r"^they\s+(?:stood|sat|were|are|lasted|smelled|smell|looked|look|filled|brightened|made|"
                        r"stayed|bloomed|hung|hang|sit|stand|fit|fitted)\b", re.I)


def _it_named(detail: str) -> str:
    """"Bob's smoked turkey, I still think about it" -> "I still think about Bob's smoked turkey": a thing, then
    a sentence about it, said as one sentence."""
    head, sep, tail = detail.partition(", ")
    if not sep or g.shape(head, "np") != "np" or g.shape(tail, "np") != "clause" or not IT_AT_END.search(tail):
        return detail
    return IT_AT_END.sub(lambda m: m.group(1) + g.decapitalise(head), tail, count=1)


IT_AT_END = lazy_regex(r"(\b(?:about|of|love|loved|miss|made|make|eat|ate)\s+)it$", re.I)


def _they_named(text: str, f: Facts) -> str:
    """'they wore them to the first snow day', of mittens 'for the kids': 'the kids wore them ...'. A 'they'
    who does something to the gift is the people the facts name, not the gift and not the givers."""
    m = THEY_VERB.match(text)
    group = PEOPLE.search(f.what) or PEOPLE.search(f.detail)
    if not m or not group or not DOES_TO_IT.match(text[m.end():]):
        return text
    base = lexicon.lemma(m.group(1).lower()) or m.group(1).lower()
    if base in g.GIVER_ACTS:
        return text  # "they sent them from Ohio": the givers
    return f"the {group.group(0).lower()}{text[4:]}"


DOES_TO_IT = lazy_regex(r"\s+(?:them|it|these|those)\b", re.I)


def _they_are_the_thing(text: str) -> bool:
    """'they cancel out the train noise', 'they stood by Dad's photo': a plural gift's doing, not the givers'
    ('they sent it all the way from Ohio')."""
    m = THEY_VERB.match(text)
    if not m:
        return False
    if THEY_THING.match(text):
        return True
    if DOES_TO_IT.match(text[m.end():]):
        return False  # "they wore them": someone did something to the gift
    verb = m.group(1).lower()
    base = lexicon.lemma(verb) or verb
    return bool(lexicon.parts(verb).get("VERB")) and base not in g.GIVER_ACTS and base not in g.PEOPLE_VERBS


THEY_VERB = lazy_regex(r"^they\s+(?:(?:still|really|just|even|always|totally|completely|actually)\s+)?([a-z]+)", re.I)


ANOTHER_CLAUSE = lazy_regex(r"\b(?:and|but|so)\s+[A-Z]")
FOR_THE_WRITER = lazy_regex(r"^\S+\s+(?:\S+\s+)?(?:me|us|my|our)\b", re.I)  # "mowed our lawn", "drove me home"


def _one_of_the_givers(text: str, f: Facts) -> str:
    """'Luis carried the couch up 3 flights', in a note to Jake and Luis: 'Luis, you carried the couch up 3
    flights' (the note speaks to him, never of him)."""
    if not f.givers_plural:
        return text
    names = {n.strip() for giver in f.givers for typed in (giver.call, giver.name, giver.greeting(False))
             for n in re.split(r"\s(?:and|&)\s|,\s*", typed) if n.strip()}
    names |= {n.split()[1] for n in names if len(n.split()) == 2 and n.split()[0].lower() in g.TITLES}
    # "Gloria braided her hair", to Nurse Gloria and Nurse Ben: Gloria is spoken to
    for name in sorted(names, key=len, reverse=True):
        if not (name[:1].isupper() and text.startswith(name + " ")):
            continue
        rest = text[len(name) + 1:]
        verb = g.first_word(rest)
        sex = given_name_sex(name.split()[-1].lower())
        if sex in _third_parties(f, before="detail"):
            sex = "none"  # "Gloria braided her hair", after "my mom": Mom's hair, not Gloria's
        if verb in YOU_VERBS and " " in rest:
            said = f"{name}, you {YOU_VERBS[verb]} {rest.split(' ', 1)[1]}"  # "Luis was a champ"
            return _yourself(_own_things(said, sex))
        if lexicon.is_past(verb) and FOR_THE_WRITER.match(rest) and g.shape(rest, "vp") == "past" \
                and not ANOTHER_CLAUSE.search(rest):  # "... and Brendan always remembered": two people's doings
            # "Stan mowed our lawn without saying anything": thanked for, never told back to him
            return _yourself(_own_things(f"{name}, thank you for {g.past_to_gerund(rest)}", sex))
        second = (g.words(rest)[1:2] or [""])[0].lower()
        if lexicon.is_past(verb) or verb in g.LEADING_ADVERBS or (lexicon.is_past(second) and "-" not in verb
                                                                 and {"ADJ", "ADV"} & set(lexicon.parts(verb))):
            said = _yourself(_own_things(f"{name}, you {rest}", sex))  # "Grandpa wrapped it himself", "deep fried"
            return TOOK_YOU_AFTER.sub(r", and it took \1 ", said) if ", took " in said else said  # ", took you 2
            # months": and it took you
        break
    return text


def _said_of_the_givers(detail: str, f: Facts) -> str | None:
    """What follows the givers as a detail's subject ('you always explained everything', 'she wrote about ...'),
    or None. One of several givers by name ('Uncle Frank took the kids fishing') is theirs alone: kept as said."""
    rest = _after_giver(detail, f, "detail")
    if rest is None or len(f.givers) < 2 and not f.givers_plural:
        return rest
    return rest if g.first_word(detail) in ("you", "they") else None


def _how_it_came(detail: str) -> bool:
    """'already loaded with our next 3 picks', 'filled with tea': a participle describing the gift."""
    ws = detail.lower().split()
    ws = ws[1:] if ws[:1] == ["already"] else ws
    return len(ws) > 1 and ws[0] in g.PARTICIPLES and ws[1] in g.PREPOSITIONS


def _detail_clause(clause: str, forms: dict, flags: set) -> None:
    forms["detail_clause"] = g.decapitalise(clause)
    flags.add("detail_clause")
    if _a_feature(clause):
        flags.add("detail_feature")  # "the red matches our kettle": what the gift is like, now
    if (clause[:4].lower() == "you " or g.first_word(clause) in g.EVERYONE and g.is_past(clause)
        or _someone_did(clause)) and not NOT_TO_LOVE.search(clause) and "?" not in clause:
        flags.add("detail_you")  # "you tuned it yourself", "everybody signed it": what the givers did, said with
        # delight, not told back
    if g.starts_with_back_pronoun(clause) and not clause.lower().startswith("they came"):
        flags.add("detail_back")


def _someone_did(clause: str) -> bool:
    """'Salah actually signed it', 'the kids made a card': one thing someone did, told back bare unless said
    with feeling; not the writer's own doings ('we ate it for 3 nights') nor what the thing is ('it was ...')."""
    return g.first_word(clause) not in NOT_SOMEONE and clause[:1].isupper() and ", you " not in clause[:30] \
        and g.past_event(clause.split(",", 1)[0])  # "Gloria, you braided her hair": said to one of several, as it
    # is; "Mrs. Abernathy's lasagna, and Mom ate ...": no one did the first part


NOT_SOMEONE = frozenset("i we it it's this that there these those my our".split())
JUST_HOW_IT_IS = lazy_regex(r"^it(?:'s|’s| is) (?:so |very |really |super |just )?[a-z-]+$", re.I)
NOT_TO_LOVE = lazy_regex(r"\b(?:not|no|never|\w+n't|dying|dead|died|broken?|ruined|lost|sick|cracked|torn|stained|hates?|hated|"
                         r"fault|sorry|sad|miss|missing|late|wrong|but|love)\b", re.I)


@lru_cache(maxsize=1024)  # a batch repeats its facts
def _a_feature(clause: str) -> bool:
    """'the red matches our kettle', "my 100 free time is on the back", "it's got real dried oranges on it": what
    the gift is like, in the present; not what someone did ('you knitted it') or does ('we use it daily')."""
    ws = [w.lower() for w in g.words(clause)]
    if not ws or ws[0] in ("i", "we", "you", "i'm", "we're", "you're", "they", "they're", "there", "she", "he"):
        return False
    if JUST_HOW_IT_IS.match(clause):
        return False  # "It's so soft.": said of it, as it is
    if len(ws) > 1 and ws[0] in ("my", "our", "your") and (ws[1] in word_list("pets") or ws[1] in kin()):
        return False  # "my cat pickles is 16 and grumpy": the cat, not the gift
    if NOT_TO_LOVE.search(clause):
        return False  # "the plant is already dying": never "I love that ..."
    if len(ws) > 2 and ws[1] == "is" and ws[2] in ("my", "our"):
        return False  # "Bodhi is my golden retriever": who someone is, never "I love that ..."
    if ws[0] in ("everybody", "everyone") and len(ws) > 2 and lexicon.is_past(ws[1]):
        return True  # "everybody signed the mat around it": what they all did to it, loved
    for w in ws[1:6]:
        if w in ("is", "are", "has", "have", "matches", "match", "fits", "looks", "smells", "'s") or w == "it's":
            return True
        if lexicon.is_past(w) or w in ("was", "were", "will", "would"):
            return False
    return ws[0] == "it's"


def _as_act(phrase: str, done: str) -> str:
    """'sent us pics every day' -> 'sending us pics every day'; "wouldn't take any money" -> 'not taking any
    money'; 'knows every kid by name' -> 'knowing every kid by name'."""
    if done == "negative":
        return g.negative_to_gerund(phrase)
    if done == "present":
        return _present_to_gerund(phrase)
    ws = phrase.split(" ")
    at = g.verb_at_start(phrase)  # "never once complained": the adverbs stay before the act
    return " ".join(ws[:at] + [g.past_to_gerund(" ".join(ws[at:]))])


def _thing_subject(forms: dict) -> str:
    return forms["It"].lower()  # "it", or "they" for a plural gift


def _agree(phrase: str, done: str, forms: dict) -> str:
    """'smells like fig' said of a plural gift: 'smell like fig'."""
    if done != "present" or forms["It"] == "It":
        return phrase
    lead, rest = g.split_adverbs(phrase)
    verb, _, tail = rest.partition(" ")
    base = lexicon.lemma(verb.lower()) or verb
    return f"{lead}{base}" + (f" {tail}" if tail else "")


COLOURS_AND_MAKING = lazy_regex(r"^(?:hand|home)-|made$|knit$|ed$")


def _described(detail: str, described: tuple[str, str], f: Facts, forms: dict, flags: set) -> None:
    """'yellow with little ducks' describes the gift: 'the yellow baby blanket with little ducks'; 'so soft'
    is said of it: "It's so soft." (of a dinner or a stay, in the past: 'It was delicious.')."""
    how, rest = described
    if rest and g.first_word(rest) in g.SUBORDINATORS:  # "still warm when she dropped them off": how it was then
        be = "they were" if re.search(r"\bthem\b", rest) else forms["it_was"]  # "... dropped them off": the cookies
        _detail_clause(f"{be} {detail}", forms, flags)
        flags.add("detail_back")
        return
    if "what_np" in flags and not g.intensified(how) and (rest or is_colour(how) or COLOURS_AND_MAKING.search(how)):
        forms["the_what"] = _describe(forms["the_what"], how, rest)
        flags.add("detail_folded")
        if forms["the_what"].count(" ") >= LONG_WHAT:
            flags.add("what_long")
        return
    be = forms["it_is"] if f.kind in THING_KINDS else forms["it_was"]
    _detail_clause(f"{be} {detail}", forms, flags)
    flags.add("detail_back")


POST_MODIFIER = lazy_regex(r"\s(?=(?:you|that|which|who|we|they|I|she|he|for|from|with|to|in|on|at|by)\s)")


def _describe(the_what: str, how: str, rest: str) -> str:
    """'the baby blanket you knitted' with 'yellow', 'with little ducks' -> 'the yellow baby blanket with little
    ducks that you knitted'."""
    head, _, tail = the_what.partition(" ")
    if head.lower() not in g.DETERMINERS:
        head, tail = "", the_what
    parts = POST_MODIFIER.split(tail, maxsplit=1)
    core = parts[0]
    post = parts[1] if len(parts) > 1 else ""
    if post and rest and g.first_word(post) in g.RELATIVE_MARKS and g.first_word(post) not in ("that", "which", "who"):
        post = "that " + post  # "with little ducks that you knitted"
    out = " ".join(p for p in (head, how, core, rest, post) if p)
    return g.with_article(out[2:]) if head.lower() in ("a", "an") else out


def is_colour(word: str) -> bool:
    return word.lower().split()[-1] in colours()


def _names_the_kind(detail: str, forms: dict) -> bool:
    """'a pothos' for 'the plant for my new office': the gift's kind named more exactly -> 'the pothos for my
    new office'."""
    ws = g.words(detail)
    if g.first_word(detail) not in ("a", "an") or len(ws) > 4 or "," in detail or g.has_finite_verb(
            [w.lower() for w in ws[1:]]):
        return False
    the_what = forms.get("the_what", "")
    head = g.head_noun(the_what)
    if head not in g.KINDS_OF_THINGS:
        return False
    name = detail.split(" ", 1)[1]
    forms["the_what"] = re.sub(rf"\b{re.escape(head)}\b", name, the_what, count=1)
    return True


THE_ONE = lazy_regex(r"^the (?:one|same one|kind|exact one)\b", re.I)
INSCRIPTION = lazy_regex(r"\b((?:that|which)\s+(?:says|reads|said))\s+(?![“\"])(.+)$", re.I)


def _quoted(detail: str) -> str:
    """'the one that says little peanut' -> 'the one that says “little peanut”'."""
    m = INSCRIPTION.search(detail)
    if not m:
        return detail
    words = m.group(2)
    if words[:1] in "'‘" and words.rstrip(".!?")[-1:] in "'’":
        words = words.strip("'‘’")  # typed in single quotes: "that says 'this might be wine'", quoted once
    return f"{detail[:m.start()]}{m.group(1)} “{words}”"


def _named_subject(clause: str) -> bool:
    """'Hans bought everyone gluhwein': a clause whose subject is someone named (one capitalised word, not 'I')."""
    first, _, rest = clause.partition(" ")
    return bool(rest) and first[:1].isupper() and first[1:].islower() and first not in ("I", "The", "My", "Our")


def _memory(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.memory:
        return
    memory = _clean(_the_reader_first(f.memory, f), f, field="memory")
    memory = AFTER_AT_END.sub(" afterward", memory)  # "pizza on the floor after": afterward
    timed = memory[:5].lower() == "when " and g.is_past(memory[5:])
    if timed:
        memory = "the time " + memory[5:]  # "when we dropped the baton at regionals": the time we dropped it
    timed = timed or bool(THAT_TIME.match(memory))  # "that night we got lost in Boston": a moment, never "how that night"
    flags.add("memory")
    head, comma, tail = memory.partition(", ")
    if comma and _named_subject(tail) and g.shape(head, "np") == "np" and g.is_past(tail):
        memory = f"{head}, when {tail}"  # "the christmas market on our last night, hans bought everyone gluhwein"
    commented = _thing_then_comment(memory, True) if ", when " not in memory else None
    if commented:
        forms["memory_clause"] = commented
        flags.add("memory_clause")
        return
    like = LIKE_BEFORE.match(memory)
    if like:  # "same as when we moved mom": a likeness, never "I keep thinking about same as when ..."
        forms["memory_like"] = memory[like.end():]
        flags.add("memory_like")
        return
    head, comma, tail = memory.partition(", ")
    moment = g.first_word(head) == "you" and g.words(head)[1:2] and g.words(head)[1].endswith("ing")
    if comma and g.first_word(tail) in ("i", "we", "you", "she", "he", "they") \
            and (moment or g.shape(head, "np") == "np") and g.is_past(tail):
        memory = f"{head}, when {tail}"  # "my first recital, i cried": the recital, when I cried
    ws = [w.lower() for w in g.words(memory)]
    kind = "np" if timed else g.shape(memory, "np")  # "the time we got lost ... and ended up at that donut shop"
    at = 2 if len(ws) > 2 and ws[0] == "you" and ws[1] in ("guys", "two", "both", "all") else 1
    if len(ws) > 3 and ws[0] == "you" and ws[1] == "and" and ws[3].endswith("ing"):
        at = 3  # "you and Mom singing in the kitchen": a moment, never "how you and Mom singing"
    named = memory[:1].isupper() and ws[0] not in g.SUBJECT_PRONOUNS and ws[0] != "i"  # "Idris burning the rolls"
    if len(ws) > at and (ws[0] in ("you", "him", "her", "them", "us", "me") or named) and ws[at].endswith("ing") and \
            (lexicon.is_form(ws[at], "VBG") or not lexicon.known(ws[at])):  # "him cussing at it": a moment
        kind = "np"  # "you letting me wind it when I was little": a moment, not a clause
    elif kind == "past":
        memory, kind = f"we {memory}", "clause"  # a memory is shared: "danced in the kitchen" -> "we danced ..."
    if kind == "clause":
        forms["memory_clause"] = g.decapitalise(g.with_subject_article(_unspliced(memory)))
        flags.add("memory_clause")
        if g.past_event(memory) and (f.kind != "gift" or WE_WERE_THERE.search(memory)):
            flags.add("memory_event")  # "the kids did a talent show": told, then smiled about; not "she wore it at
            # her own graduation", of a gift, which the writer never saw
    else:
        lead = "" if memory[:1].isdigit() else ws[0] if ws else ""  # "5 a.m. practices": no word before the time
        if ws and (memory[:1].islower() or memory[:1].isdigit()) and lead not in g.DETERMINERS \
                and lead not in ("you", "him", "her", "them", "us", "me", "all", "both") \
                and not g.is_gerund_start(memory) and not lead.endswith("'s") and lead not in g.SUBORDINATORS \
                and g.is_plural_phrase(memory):  # "when you and Grandpa argued" is no "our when"
            memory = "our " + memory  # "late-night dosa runs" are the writer's and the giver's
        forms["memory_np"] = memory
        flags.add("memory_np")


WE_WERE_THERE = lazy_regex(r"\b(?:i|we|me|us|our|my)\b", re.I)
# "the jollof, still dreaming about it", "the karaoke, never speak of it": a thing, then a word on it that says "it"
THING_THEN_COMMENT = lazy_regex(r"^((?:the|that|those|this|our|your)\s+[^,]+?),\s+((?:(?:still|never|always|honestly|"
                                r"literally|already)\s+)*)([a-z]+)\b(.*\b(?:it|them)\b.*)$", re.I)


IT_OR_THEM = lazy_regex(r"\b(?:it|them)\b")


def _thing_then_comment(text: str, we: bool) -> str | None:
    """'the jollof, still dreaming about it' -> "I'm still dreaming about the jollof"; 'the karaoke, never speak
    of it' -> 'we never speak of the karaoke' (a memory is shared). None for any other shape."""
    m = THING_THEN_COMMENT.match(text)
    if not m or g.shape(m.group(1), "np") != "np":
        return None
    thing, lead, verb, rest = m.group(1), m.group(2), m.group(3), m.group(4)
    said = verb + IT_OR_THEM.sub(lambda _: g.decapitalise(thing), rest, count=1)
    if verb.lower().endswith("ing") and lexicon.is_form(verb.lower(), "VBG"):
        be = "we're" if we else "I'm"
        return f"{be} {lead}{said}"
    if lead.strip().lower() == "never" and lexicon.lemma(verb.lower()) == verb.lower():
        return f"we {lead}{said}"
    return None
LIKE_BEFORE = lazy_regex(r"^(?:just |exactly |kind of |kinda )?(?:the )?(?:same as|like|as)\s+(?=\S)", re.I)


COME_OVER = lazy_regex(r"^come (?:over|by|round|around)\b|^come (?:see|visit) (?:me|us)\b", re.I)
MAYBE_AT_END = lazy_regex(r",?\s+(?:maybe|hopefully|fingers crossed|if we can|if i can)$", re.I)


def _ahead(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.ahead:
        return
    ahead = PLEASE_AT_END.sub("?", g.strip_to(_clean(f.ahead, f, field="ahead")))  # "same cabin next yr? pls"
    if f.occasion in ("baby", "shower") and (not _third_parties(f, before="ahead") or MEET_THE_BABY.search(ahead)):
        ahead = re.sub(r"\b(?:him|her)\b", "the baby", ahead, count=1)  # "meet him at Christmas": who is he?
    if ahead.endswith("?"):
        asked = ahead.rstrip("?")  # "same time next year?" is asked as it is; "visit in march??" by the writer
        if COME_OVER.match(asked):  # "come over for dinner in jan?": the writer invites them
            ahead = f"Would you like to {g.decapitalise(asked)}?"
        elif g.shape(asked, "vp") == "vp" and g.is_verb_phrase(asked) or g.first_word(asked) in ("visit", "come"):
            who = "you" if re.search(r"\b(?:me|us)\b", asked) else forms["I"]  # "take me out in the spring??"
            ahead = f"Could {who} {g.decapitalise(asked)}?"
        forms["ahead_question"] = g.capitalise(ahead)
        flags.update({"ahead", "ahead_question"})
        return
    maybe = MAYBE_AT_END.search(ahead)
    if maybe:  # "visiting stockholm next summer maybe!!": said as a hope, never "..., next summer maybe."
        ahead = ahead[:maybe.start()]
        flags.add("ahead_hedged")
    were = WHEN_WERE.match(ahead)
    if were:  # "next summer we're bringing the kayaks": Next summer, we're bringing the kayaks
        forms["ahead_clause"] = f"{g.capitalise(were.group(1))}, {were.group(2)}"
        flags.update({"ahead", "ahead_clause"})
        return
    when_we = WHEN_WE.match(ahead)
    if when_we and g.is_verb(g.first_word(when_we.group(3))):  # "next summer we host u": Next summer, we'll host you
        who = "we'll" if when_we.group(2).lower() in ("we", "we'll") else "I'll"
        forms["ahead_clause"] = f"{g.capitalise(when_we.group(1))}, {who} {when_we.group(3)}"
        flags.update({"ahead", "ahead_clause"})
        return
    hoping = HOPING.match(ahead)
    if hoping:  # "hoping to visit next summer!!": the writer hopes, said once
        forms["ahead_clause"] = f"{forms['Im']} hoping to {ahead[hoping.end():]}"
        flags.update({"ahead", "ahead_clause"})
        return
    then = WHEN_THEN.match(ahead)
    if then:  # "next time you're away I got your cat": "Next time you're away, I've got your cat."
        promise = GOT.sub(lambda m: f"{m.group(1)}'ve got", then.group(2))
        forms["ahead_clause"] = g.capitalise(f"{then.group(1)}, {promise}")
        flags.update({"ahead", "ahead_clause"})
        return
    head, _, tail = ahead.partition(", ")
    if BACK.match(head):  # "back on the 14th, donuts on me": I'll be back on the 14th; donuts are on me
        back = f"{forms['Ill']} be {head}"
        more = _treat(tail) if tail and ON_ME.search(tail) else tail
        forms["ahead_clause"] = g.capitalise(f"{back}; {more}" if more else back)
        flags.update({"ahead", "ahead_clause"})
        return
    if tail and (g.shape(head, "vp") == "np" or not g.is_verb(g.first_word(head))) \
            and g.shape(tail, "vp") in ("clause", "imperative"):  # "steak dinner at our place, name the date"
        forms["ahead_clause"] = g.capitalise(f"{head}: {tail}")  # "Housewarming in January: you're invited"
        flags.update({"ahead", "ahead_clause", "ahead_asks"})
        return
    if TOGETHER.search(ahead):
        flags.add("ahead_together")  # "going together in May": never "I'll go together"
    if _no_subject(ahead):
        ahead = _with_subject(forms['I'], ahead)  # "can't wait to take the kids": the writer's
    kind = g.shape(ahead, "vp")
    if kind == "vp" and not g.is_verb(g.first_word(g.split_adverbs(ahead)[1])):
        kind = "np"  # "next one at my place": never "nexting one"
    flags.add("ahead")
    if kind == "vp" and (lexicon.lemma(g.first_word(ahead)) or g.first_word(ahead)) in g.ALREADY_TRUE:
        ahead, kind = _with_subject(forms["I"], ahead), "clause"  # "owe u a pizza": I owe you a pizza, not "can't wait to"
    if kind in ("clause", "vp", "imperative") and _says_to_whom(ahead):
        ahead, kind = _with_subject(forms["I"], ahead), "clause"  # "hope we can get dinner": the writer hopes
    if kind == "past" and lexicon.is_past(g.first_word(ahead)):
        ahead = _with_subject(forms["I"], ahead)  # "brought u back some maple syrup": we did, for them
    if kind == "imperative" and SEE_YOU.search(ahead):
        kind = "vp"  # "come see u over christmas": the writer will come to them, never "I'd love for you to come see you"
    if kind == "vp":
        forms.update(ahead=ahead, ahead_ing=g.vp_to_gerund(ahead))
        flags.add("ahead_vp")
    elif kind in ("clause", "imperative", "past"):
        forms["ahead_clause"] = g.decapitalise(g.with_subject_article(_unspliced(ahead))) if kind != "imperative" \
            else _unspliced(ahead)  # "interview is jan 14": the interview
        flags.add("ahead_clause")
        if kind == "imperative":
            flags.add("ahead_asks")  # "Come see us in Denver": never "I'll come see us"
            if g.first_word(ahead).lower() in g.INVITATION_VERBS:
                forms["ahead_invite"] = g.decapitalise(_unspliced(ahead))  # "come see it in person"
                flags.add("ahead_invite")
                if ANYTIME.search(ahead):
                    flags.add("ahead_anytime")
    elif kind == "act":
        base = g.act_base(ahead)
        if base:
            forms.update(ahead=base, ahead_ing=ahead)
            flags.add("ahead_vp")
        else:
            forms["ahead_np"] = ahead
            flags.add("ahead_np")
    elif US_DOING.match(ahead) and lexicon.is_form(US_DOING.match(ahead).group(2), "VBG"):
        who, doing, rest = US_DOING.match(ahead).groups()  # "all 3 of us going together"
        base = lexicon.lemma(doing.lower()) or doing
        forms["ahead_clause"] = f"{forms['I']} {forms.get('cant', 'cannot')} wait for {who} to {base}{rest}"
        flags.add("ahead_clause")
    elif TURN.match(ahead):
        forms["ahead_clause"] = f"it's {ahead}"  # "your turn to come to Chicago": it's your turn
        flags.add("ahead_clause")
    elif PLACE_NEXT.match(ahead):
        forms["ahead_clause"] = f"it's at {ahead}"  # "our place next year": next year it's at ours
        flags.add("ahead_clause")
    elif ON_ME.search(ahead):
        forms["ahead_clause"] = _treat(ahead)  # a treat is said as a promise, never "looking forward to"
        flags.update({"ahead_clause", "ahead_treat"})
    else:
        if g.first_word(ahead) in g.TIME_WORDS and not g.is_plural_noun(g.first_word(ahead)):
            ahead = f"our {ahead}"  # "weekend away in Jan": our weekend away
        elif _bare_compound(ahead):
            ahead = f"the {ahead}"  # "cabin trip in January": the trip the writer means
        forms["ahead_np"] = ahead
        flags.add("ahead_np")


def _bare_compound(phrase: str) -> bool:
    """'cabin trip in January', 'beach day': two nouns typed without their article (not 'pizza and beer',
    'coffee soon', 'Sunday brunch')."""
    ws = g.words(phrase)[:2]
    if len(ws) < 2 or not ws[0].islower() or ws[0] in g.DETERMINERS or ws[0] in g.BARE_NOUNS:
        return False
    head, noun = ws[0].lower(), ws[1].lower()
    return "NOUN" in lexicon.parts(head) and "NOUN" in lexicon.parts(noun) and not g.is_plural_noun(noun) \
        and noun not in g.TIME_WORDS and noun not in g.BARE_NOUNS


def _treat(ahead: str) -> str:
    """'pizza and beer on me next weekend' -> 'pizza and beer are on me next weekend'; 'our turn to host next
    year' -> "it's our turn to host next year"; 'next one at my place' -> 'the next one is at my place';
    'dinner at our place soon' -> "let's have dinner at our place soon"."""
    m = ON_ME.search(ahead)
    treat = ahead[:m.start()].strip()
    if not treat:
        return f"it's {ahead}"
    if g.first_word(treat) == "next":
        treat = f"the {treat}"
    elif m.group(0).lower().startswith("at "):
        return f"let's have {ahead}"  # "listening party at my place": an invitation
    be = "are" if " and " in treat or g.is_plural_phrase(treat) else "is"
    return f"{treat} {be} {ahead[m.start():].strip()}"


BACK = lazy_regex(r"^(?:back|home)\s+(?:on|in|by|at|for|next|this|after|before)\b", re.I)
US_DOING = lazy_regex(r"^(.*\b(?:us|you|them|both|all))\s+([a-z]+ing)\b(.*)$", re.I)
PLACE_NEXT = lazy_regex(r"^(?:our|my) (?:place|house)\b", re.I)
WHEN_THEN = lazy_regex(r"^((?:next time|whenever|when|once|if)\s+\S.*?),?\s+((?:I|we)\s+(?:got|will|can)\b.*|"
                       r"(?:I|we)['’]ll\b.*|you\s+(?:have|always have|can|will|get)\b.*|you['’](?:ve got|ll)\b.*)$",
                       re.I)  # "if u ever come to chicago u have a couch": If you ever come to Chicago, you have a couch
GOT = lazy_regex(r"^(I|we) got\b")  # "I got your cat": I've got it covered
TURN = lazy_regex(r"^(?:your|our|my) turn\b", re.I)
TOGETHER = lazy_regex(r"\b(?:together|with you|with each other)\b", re.I)
ON_ME = lazy_regex(r"\bon (?:me|us)\b|(?:^|\bat )(?:our|my) (?:place|treat|turn)\b", re.I)  # "next one at my place"


FOR_SOMEONE = lazy_regex(r"\bfor (?:(?:me|us|the baby|him|her|them|our|my)\b|[A-Z][a-z]+\s*$)")  # "... for Lily": her


def _occasion(f: Facts, forms: dict, flags: set, what: str) -> None:
    occasion = f.occasion if f.kind == "gift" else ""
    if occasion:
        flags.add(f"o_{occasion}")
    phrase = f"for {f.occasion_name}" if occasion == "holiday" and f.occasion_name else OCCASION_FOR.get(occasion)
    said = f"{forms.get('the_what', '')} {forms.get('act', '')}"
    if phrase and occasion not in what.lower() and (f.occasion_name or occasion).lower() not in what.lower() \
            and not FOR_SOMEONE.search(said):  # "the record player you fixed up for me": no "for my birthday" after
        forms["_occasion_for"] = " " + phrase.replace("{our}", forms["my"]).replace("{my}", forms["own"])
        flags.add("occasion")
    forms["the_baby"] = "the baby"


def _interview(f: Facts, forms: dict, flags: set) -> None:
    if f.kind != "interview":
        return
    if f.role:
        _role(f, forms, flags)
    if f.company:
        company = re.sub(r"\s*\([^)]*\)\s*$", "", f.company)  # "Ashby Ludlow (agency)": a note, not its name
        company = "the " + company[4:] if company.startswith("The ") else company  # "joining the Neuro Lab"
        forms["company"] = ("the " if PUBLIC_BODY.match(company) else "") + company  # "at the City of Oakdale ..."
        flags.add("company")
    if f.topic:
        _topic(f, forms, flags)
    if f.strength and UNSURE_OF_IT.match(f.strength):
        forms["unsaid_strength"] = f.strength  # "idk i think the SOP rewrite example landed": a guess to oneself
        flags.add("unsaid_strength")
    elif f.strength:
        _strength(f, forms, flags)
    if f.question:
        _question(iv.read_question(f.question), f.question, forms, flags)
    if f.extra:
        _extra(f, forms, flags)
    when = describe_when(f.on, f.today)
    forms["_when"] = f" {when}" if when else ""


def _role(f: Facts, forms: dict, flags: set) -> None:
    role = _swap_possessive(re.sub(r"^(?:the|a|an)\s+", "", f.role, flags=re.I), f, "role")  # "in his lab"
    role = _unbracketed(role)  # "library assistant (part time)" -> "part-time library assistant"
    role = re.sub(r"\s+/\s+", " and ", role)  # "front desk / scheduling": front desk and scheduling
    role = ROLE_AFTER_DASH.sub("", role)  # "RN - cardiac stepdown, nights": the role is an RN; the unit and the
    # shift are notes to oneself, said with it nowhere ("the RN - cardiac stepdown position in nights")
    head, comma, field = role.partition(", ")
    if comma and field and not HOURS_NOTE.match(field) and len(field.split()) <= 3:
        field = ROLE_ABBREVIATION.sub(lambda m: ROLE_WORDS[m.group(0).lower()], field)  # a field: "structural eng"
        role = f"{APPLICANT.sub(' program', head)} in {field}"  # "summer intern, structural eng": an intern in
        # structural engineering; "PhD applicant, linguistics": the PhD program in linguistics
    role = ROLE_ABBREVIATION.sub(_role_word, role)  # "jr ux designer": junior
    bare = re.sub(r"\s+(?:role|position|job|opening)$", "", role, flags=re.I)
    named = POSITION.search(bare)  # "PhD position in your lab": a position already, never "... lab role"
    the_role = f"the {bare}" if named else f"the {bare} role"
    if comma and " in " in bare and not named:
        the_role = "the {} position in {}".format(*bare.split(" in ", 1))  # "the summer intern position in ..."
    forms.update(role=bare, the_role=the_role, a_role=g.a(bare))
    flags.add("role")
    if PROGRAM.search(bare):
        flags.add("role_program")  # "PGY1 pharmacy residency", "PhD program in ecology": never "joining X as a residency"


APPLICANT = lazy_regex(r"\s+(?:applicant|candidate)$", re.I)
AND_A_GERUND = lazy_regex(r"(,\s+)?\band\s+(?!for\s)([a-z]+ing)\b")


def _and_for(m: re.Match) -> str:
    """'and sitting with us' -> 'and for sitting with us': an act thanked for beside a thing (after a comma, any
    word in -ing; otherwise one the lexicon knows as a gerund, never 'and pudding')."""
    if m.group(1) or lexicon.is_form(m.group(2), "VBG"):
        return f"{m.group(1) or ''}and for {m.group(2)}"
    return m.group(0)
AND_AN_ACT = lazy_regex(r"\band (?:for )?[a-z]+ing\b")  # "the casserole and sitting with me": not all received
ROLE_WORDS = data.toml("words/grammar.toml")["role_abbreviations"]
DONE_THINGS = frozenset(data.toml("words/grammar.toml")["done_things"].split())
ROLE_ABBREVIATION = lazy_regex(r"\b(?:" + "|".join(ROLE_WORDS) + r")\b", re.I)
HOURS_NOTE = lazy_regex(r"^(part|full)[\s-]*time$", re.I)
ROLE_AFTER_DASH = lazy_regex(r"\s+[-–—]\s+.*$")
ROLE_WORDS_AT_END = data.toml("words/grammar.toml")["role_abbreviations_at_end"]


def _role_word(m: re.Match) -> str:
    word = m.group(0).lower()
    return ROLE_WORDS_AT_END.get(word, ROLE_WORDS[word]) if m.end() == len(m.string.rstrip()) else ROLE_WORDS[word]


def _unbracketed(role: str) -> str:
    """A note in brackets after a role is not part of its name: '(part time)' goes before it as 'part-time',
    anything else ('(contract, maybe remote)') is left out."""
    m = re.search(r"\s*\(([^)]*)\)?\s*$", role)
    if not m:
        return role
    head, note = role[: m.start()].strip(), m.group(1).strip()
    hours = HOURS_NOTE.match(note)
    return f"{hours.group(1).lower()}-time {head}" if hours else head


SECOND_TOPIC = lazy_regex(r",\s+(?=the\s+\w+(?:\s+(?!ones?$)\w+){0,2}$)")  # not "the looker one": the same thing again
WHOLE_THING = lazy_regex(r",\s+the\s+(whole\s+.+?)\s+thing$")  # ", the whole animal butchery thing": and whole ...
DONE_IT_AT_END = lazy_regex(r",\s+(?:got|figured|nailed|solved|fixed|finished|cracked)\s+(?:it|that|them)\b[^,]*$|"
                            r",\s+the\s+\w+\s+ones?$", re.I)  # ", the looker one": which one, to oneself


def _topic(f: Facts, forms: dict, flags: set) -> None:
    if iv.how_it_went(f.topic):  # "the tasting went ok i think": how it went, to oneself; asked about instead
        forms["unsaid_topic"] = f.topic
        flags.add("unsaid_topic")
        return
    typed = iv.without_remarks(f.topic) if "?" in f.topic else f.topic  # "moving off postgres?? he mentioned ..."
    typed = VAGUE_END.sub("", typed)  # "moving off postgres to something": off Postgres
    typed = DONE_IT_AT_END.sub("", typed)  # "the bug they had me debug on the whiteboard, got it eventually": to oneself
    if typed.count(", ") == 1 and " and " not in typed:
        typed = WHOLE_THING.sub(r" and \1", typed)
        typed = SECOND_TOPIC.sub(" and ", typed)  # "migrating their batch jobs off airflow, the dbt stuff": two
    topic = _without_aside(g.without_frame(_readers_part(typed, f), g.REPORTING_FRAMES))
    topic = _their_questions(topic)  # "she asked a lot about my e-discovery work": "your questions about ..."
    topic = _to_them(_swap_possessive(topic, f, "topic") if len(f.givers) == 1 else topic)  # "her model": "your";
    # to a panel, "how they measure it" is the team's: "how you measure it"
    topic = _to_the_reader(topic, f)  # "Kirsten asking about my sourdough starter", in Kirsten's note: "you asking"
    if " and " in topic and g.first_word(topic) not in g.WH_WORDS:  # "inventory system and training the grads"
        topic = " and ".join(iv.the_thing(p) if len(g.words(p)) <= BARE_TOPIC and g.shape(p, "np") == "np" else p
                             for p in topic.split(" and "))
    bare = g.first_word(topic) not in g.WH_WORDS and g.shape(topic, "np") == "np"
    if bare and (len(g.words(topic)) <= BARE_TOPIC or _one_thing_of(topic)):
        topic = iv.the_thing(topic)  # "safety record": "the safety record"; not "pollinator decline in urban gardens"
    elif bare and _one_thing(topic) and g.first_word(topic) not in g.DETERMINERS and not topic[:1].isupper():
        topic = "the " + topic  # "rate limiting design question": the question
    forms["topic"] = topic
    head = g.head_noun(topic)  # "the backlog of state grant reports": "that backlog", where the strength meets it
    if not head or " and " in topic or "NOUN" not in lexicon.parts(head) \
            or g.first_word(topic) not in ("the", "your", "their", "our") \
            or (len(g.words(topic)) > 3 and f" {head} of " not in topic):  # "your immigration case load"
        forms["that_topic"] = "that work"  # two topics, a field of work said bare, or no noun to point back to
        flags.add("topic_vague")
    else:
        forms["that_topic"] = f"{'those' if g.is_plural_noun(head) else 'that'} {head}"
    flags.add("topic")
    if re.search(r"\b(?:I|my|me|I've|I'm)\b", topic):
        flags.add("topic_mine")  # "the egg drop unit I pitched": never "thank you for walking me through" it
    if re.search(r"\bquestions about\b", topic):
        flags.add("topic_questions")
    if g.first_word(topic) in g.WH_WORDS:
        flags.add("topic_wh")  # "how you're moving clients off QuickBooks": never "our discussion of how"
    elif g.shape(topic, "np") == "clause" and (g.first_word(topic) in g.CLAUSE_STARTS or g.subject_said(topic)):
        flags.add("topic_clause")  # "you're moving to Kubernetes": said as a clause, never "Our discussion of ..."
        forms["topic"] = g.decapitalise(topic)
    else:
        flags.add("topic_act" if g.shape(topic, "np") == "act" else "topic_np")  # "speeding up the ..."


VAGUE_END = lazy_regex(r"\s+(?:to|for|with|about|on)\s+(?:something|somewhere|someone|sth|smth|stuff)\s*$", re.I)
BARE_TOPIC = 3  # words: a longer bare topic is a field of work ("accessibility testing with older users"), said bare


def _one_thing(topic: str) -> bool:
    """'rate limiting design question': a bare compound whose last word is one countable thing."""
    ws = g.words(topic)
    if " and " in topic or (g.PREPOSITIONS & {w.lower() for w in ws}):
        return False  # "pollinator decline in urban gardens": a field, said bare
    head = ws[-1].lower() if ws else ""
    return (("NOUN" in lexicon.parts(head) or not lexicon.known(head)) and not g.is_plural_noun(head)
            and not head.endswith(("ing", "ness", "ics", "ism", "ity")))


def _one_thing_of(topic: str) -> bool:
    """'redesign of your onboarding flow', 'wallet team roadmap for next year': one thing, named by what it is of
    or for, takes 'the' however long; 'pollinator decline in urban gardens' is a field of work."""
    m = re.match(r"^((?:[a-z-]+\s+){0,3}([a-z-]+))\s+(?:of|for)\s", topic)
    if not m:
        return False
    head = m.group(2)
    return (("NOUN" in lexicon.parts(head) or not lexicon.known(head)) and not g.is_plural_noun(head) and not head.endswith(iv.MASS_ENDINGS)
            and not head.endswith("ing"))


def _their_questions(topic: str) -> str:
    """Each part of a topic that is someone's asking, said as their questions: 'the tasting, and Kirsten asking
    about my starter' -> 'the tasting and Kirsten's questions about my starter'."""
    parts = re.split(r",?\s+and\s+", topic)
    asked = [iv.their_questions(p) or p for p in parts]
    return topic if asked == parts else " and ".join(asked)


UNSURE_OF_IT = lazy_regex(r"^(?:I don't know|I think|I guess|maybe|not sure|hopefully|I hope)\b", re.I)


def _strength(f: Facts, forms: dict, flags: set) -> None:
    flags.add("strength")
    strength = iv.counts_in_words(SAID_AT_END.sub("", f.strength))  # "fastest of the group he said": to oneself  # "6 yrs running the robotics club": "six years"
    clause = _strength_clause(strength)
    if clause and HOW_LONG_AT_END.search(clause):
        clause = HOW_LONG_AT_END.sub(r" for \1", clause)  # "I ran the robotics club four years": for four years
    if clause:
        forms["strength_clause"] = clause
        flags.add("strength_clause")
        joined = [lexicon.is_past(w) for w in re.findall(r" and (\w+)", clause)]  # "I am bilingual and ran dispatch"
        if re.match(r"I(?:'m| am) (?!\w+ing\b)", clause) and not any(joined):
            flags.add("strength_am")  # "I'm bilingual English and Spanish": what I am, not what I did
    else:
        forms["my_strength"] = _my_strength(strength)
        flags.add("strength_np")


def _question(said: "iv.Said", typed: str, forms: dict, flags: set) -> None:
    """The question as it is asked ('Is the team remote first?', 'whether there is a budget'), folded into the
    closing line when it is only the hiring timeline, or left out and asked about when it is no question."""
    if said.how == "steps":
        forms["next_about"] = said.text
        flags.add("next_about")
    elif said.how:
        key = QUESTION_FORMS[said.how]
        forms[key] = _to_them(ROLE_ABBREVIATION.sub(lambda m: ROLE_WORDS[m.group(0).lower()], said.text))  # "when do
        # they expect to decide": the reader's company, "you"; "a path to validation eng": engineering
        if key != "question":
            forms[key] = ASKED_INSIDE_ORDER.sub(_told_order, forms[key])  # "about what software do you use": what
            # software you use, as a question inside a sentence is worded
        flags.update({"question", FORM_FLAGS[key]})
    else:
        forms["unsaid_question"] = typed
        flags.add("unsaid_question")


ASKED_INSIDE_ORDER = lazy_regex(r"\b(what|which|when|where|how|why|who)((?:\s+[a-z]+)?)\s+(do|does|did)\s+"
                                r"(you|they|we|I|he|she|it|the \w+)\s+", re.I)


def _told_order(m: re.Match) -> str:
    """'what software do you use' -> 'what software you use' ('did' keeps its time: 'when you decided' is not done
    here, so 'did' stays)."""
    if m.group(3).lower() == "did":
        return m.group(0)
    return f"{m.group(1)}{m.group(2)} {m.group(4)} "


QUESTION_FORMS = {"direct": "question", "whether": "question_whether", "about": "question_about",
                  "follow": "question_follow"}
EXTRA_FORMS = {"send": "extra_send", "follow": "extra_follow"}


SENT_LATER = lazy_regex(r"\s(?:(?:by|before|on|after|this|next)\s+(?:[A-Z][a-z]+day|tomorrow|tonight|the weekend|"
                        r"the end of [\w ]+|week|month|[A-Z][a-z]+ \d+)|tomorrow|tonight|next week|this week|later)$")


def _extra(f: Facts, forms: dict, flags: set) -> None:
    """What the writer did not get to say, told as a fact of theirs, or an offer to send something, or a
    follow-up; a question typed here is asked; a task for themselves is left out and asked about."""
    extra = _to_them(g.without_frame(f.extra, g.ADMITTING_FRAMES))  # "i forgot to mention ...": the template says so
    extra = NOT_SAID_TAIL.sub("", extra)  # "... which I didn't get to bring up": the template says so too
    said = iv.read_extra(extra)
    if said.how == "ask" and "question" not in flags:
        _question(iv.read_question(said.text), f.extra, forms, flags)
        return
    if said.how == "send" and SENT_LATER.search(said.text):
        forms["extra_send_later"] = said.text  # "send the syllabus draft by fri": a promise, never "I have included
        flags.update({"extra", "extra_send_later"})  # the syllabus draft by Friday with this note"
        return
    if said.how in EXTRA_FORMS:
        forms[EXTRA_FORMS[said.how]] = said.text
        flags.update({"extra", EXTRA_FORMS[said.how]})
        return
    if said.how != "tell":
        forms["unsaid_extra"] = f.extra
        flags.add("unsaid_extra")
        return
    extra = said.text
    shaped = g.shape(extra, "np")
    if shaped == "past":
        extra, shaped = g.past_to_clause(extra, "I"), "clause"
    if shaped != "clause" and g.first_word(extra) in ("the", "that", "this"):
        forms["unsaid_extra"] = f.extra  # "the clinic case i worked on": a pointer to something, not what to say of it
        flags.add("unsaid_extra")
        return
    flags.add("extra")
    key = "extra_clause" if shaped == "clause" else "extra_np"
    forms[key] = g.decapitalise(extra)
    flags.add(key)
    if re.search(r"\balso\b", extra, re.I):
        flags.add("extra_also")  # "I also mentored two engineers": never after "I also wanted to add"


HEAD_WORD = r"(?=\s+(?:in|of|at|for)\b|\s*$)"  # "PhD program in ecology", "pharmacy residency"; not "program coordinator"
POSITION = lazy_regex(rf"\b(?:position|job|opening|role|post|place|fellowship|internship|residency)\b|"
                      rf"\b(?:program|programme|degree|scholarship|apprenticeship){HEAD_WORD}", re.I)
PROGRAM = lazy_regex(rf"\b(?:fellowship|residency|program|programme|degree|scholarship){HEAD_WORD}|"
                     rf"\b(?:phd|ph\.d\.|masters?|mfa|mba){HEAD_WORD}", re.I)
NOT_SAID_TAIL = lazy_regex(r",?\s+(?:which|that|but)\s+I\s+(?:didn't|did not|forgot to|never)\s+(?:get to\s+)?"
                           r"(?:bring up|mention|show|talk about|say|share)(?:\s+it)?$", re.I)
# "the backlog of grant reports they're behind on": what the writer thinks of them stays out of the note.
ASIDE_ABOUT_THEM = lazy_regex(r"\s+(?:that\s+|which\s+)?(?:they|they're|they've|you|you're|you've)\b(?:\s+(?:are|were|have|had|'re|'ve))?"
                              r"\s+(?:behind|struggling|stuck|bad|slow|failing|messing|drowning|late)\b.*$", re.I)
THEIR_WORDS = lazy_regex(r"\b(their|theirs|they're|they've|they)\b", re.I)
YOU_FOR_THEM = {"their": "your", "theirs": "yours", "they're": "you're", "they've": "you've", "they": "you"}


def _readers_part(topic: str, f: Facts) -> str:
    """'evelyn - the q3 forecast model; raj - how I'd explain variance', in Raj's note: what was talked about
    with him. A topic typed as one part per interviewer gives each note its own part."""
    parts = [READER_PART.match(p.strip()) for p in re.split(r";\s*|\n|\s+/\s+", topic)]
    if len(parts) < 2 or not all(parts):
        return topic
    names = {w.lower() for giver in f.givers for w in (giver.name.split()[:1] + giver.call.split()[:1])}
    mine = [m.group(2) for m in parts if m.group(1).lower() in names]
    return mine[0] if len(mine) == 1 else topic


READER_PART = lazy_regex(r"^([A-Za-z][\w'’-]*)\s*(?:[-–—:]|=>|->)\s*(.+)$")


def _the_reader_first(memory: str, f: Facts) -> str:
    """'Kev falling off the ladder', in a note to Kev: 'you falling off the ladder'; the reader is never told of
    in the third person."""
    first, _, rest = memory.partition(" ")
    if first.lower() in kin() and rest[:1].isupper():
        titled, _, after = rest.partition(" ")  # "Uncle Pete doing the worm", to Uncle Pete and Aunt Shirley
        if after and any(re.search(rf"\b{re.escape(first)} {re.escape(titled)}\b", giver.name + " " + giver.call)
                         for giver in f.givers):
            first, rest = titled, after
    nxt = g.first_word(rest)
    if not rest or not first[:1].isupper() or not (nxt.endswith("ing") or lexicon.is_past(nxt)):
        return memory
    if f.givers_plural or " and " in (f.givers[0].call if f.givers else ""):
        return memory  # "Gwen beating everyone at euchre", to Tom and Gwen: "you" would be both of them
    names = _reader_names(f) | {w for giver in f.givers for w in re.findall(r"\b[A-Z][a-z]+\b", giver.name)
                                if w.lower() not in kin()}  # "Uncle Pete and Aunt Shirley": Pete
    if first not in names:
        return memory
    pronoun = {"female": "she", "male": "he"}.get(given_name_sex(first.lower()), "")
    if pronoun:  # "jen holding june for the first time, she cried": Jen did, so "you cried"
        rest = re.sub(rf",\s+{pronoun}\b", ", you", rest, count=1)
    return f"you {rest}"


def _reader_names(f: Facts) -> set[str]:
    """What the reader is called in the facts: each giver's name, its first word and the `call`."""
    return {n for giver in f.givers for n in (giver.name, giver.name.split()[0] if giver.name else "", giver.call) if n}


def _to_the_reader(text: str, f: Facts) -> str:
    """The reader named in the facts is 'you' ('Kirsten asking about my sourdough starter', to Kirsten)."""
    for name in sorted(_reader_names(f), key=len, reverse=True):  # "Kirsten Lee" whole, before "Kirsten"
        if name[:1].isupper() and re.search(rf"\b{re.escape(name)}\b", text) and "." not in name:
            return re.sub(rf"\b{re.escape(name)}'s\b", "your", re.sub(rf"\b{re.escape(name)}\b(?!')", "you", text))
    return text


def _without_aside(topic: str) -> str:
    """'speeding up their dashboard, its super slow apparently' -> 'speeding up their dashboard': a remark
    on their trouble is not repeated to them."""
    head, sep, tail = topic.partition(", ")
    if sep and g.first_word(tail) not in g.WH_WORDS and g.shape(tail, "np") == "clause":
        topic = head
    return ASIDE_ABOUT_THEM.sub("", topic)


CLAUSE_BREAKS = frozenset("and or how what why when where whether".split())


def _to_them(text: str) -> str:
    """In a note to an interviewer, the company's 'their plan' is 'your plan'; 'why riders cancel after their
    first winter' keeps the riders' 'their' (a plural before it is what it stands for)."""
    def swap(m: re.Match) -> str:
        before = g.words(text[: m.start()])
        cut = max((i for i, w in enumerate(before) if w.lower() in CLAUSE_BREAKS), default=-1)
        before = before[cut + 1:] if cut >= 0 else before  # "the dashboard and how they measure it": what stands
        # for "they" comes after the last "and" or "how"
        antecedent = before[:-1] if m.group(0).lower().startswith("they") else before  # "installs they're doing"
        if m.group(0).lower() in ("they're", "they've") and before and not g.is_plural_noun(before[-1].lower()) \
                and "NOUN" in lexicon.parts(before[-1].lower()):
            antecedent = []  # "the readmissions dashboard they're rebuilding": the one noun before is no "they"
        if before and before[-1].lower() in ("and", "or"):
            antecedent = []  # "staffing ratios on nights and their new program": a new thing, the company's
        if m.group(0).lower() == "they" and before and "NOUN" in lexicon.parts(before[-1].lower()) \
                and not g.is_plural_noun(before[-1].lower()):
            antecedent = []  # "the tenant rights clinic they run": one clinic, run by the reader's firm
        if any(w.lower().endswith("s") and g.is_plural_noun(w) for w in antecedent):
            return m.group(0)
        return _same_start(m.group(0), YOU_FOR_THEM[m.group(0).lower()])

    return THEIR_WORDS.sub(swap, text)


def _same_start(model: str, word: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def _strength_clause(strength: str) -> str:
    """A strength typed as what the writer did or is: 'ran the emails, cut churn 18%' -> 'I ran the emails and cut
    churn 18%'; 'forklift certified, ran the night shift' -> "I'm forklift certified and ran the night shift";
    '' when it is a thing ('SQL query tuning'), said as 'my experience with ...'."""
    had = HAD_DONE.match(strength)
    if had:  # "I'd built something similar with Kafka": what I did, told in the past ("I built")
        past = lexicon.verb_forms(lexicon.lemma(had.group(1).lower()) or had.group(1)).get("VBD") or had.group(1)
        strength = f"I {past}{strength[had.end(1):]}"
    if g.first_word(strength) in g.CLAUSE_STARTS:
        return strength
    parts = [q.strip() for p in strength.split(",") for q in AND_A_PAST.split(p) if q.strip()]  # "3 years of SQL
    # and built dashboards": a thing, then what I did
    shapes = ["np" if _names_a_field(p) else g.shape(p, "np") for p in parts]  # "distributed systems" is a field
    if shapes == ["clause"]:
        return strength  # "my thesis was on accessibility for low vision users": a sentence with its own subject
    if len(parts) > 1 and "past" in shapes and "np" in shapes and set(shapes) <= {"past", "np"}:
        # "12 years as a charge nurse, led our unit through redesignation": each said as the writer's own
        said = [f"{'am ' if s == 'np' and (_describes_me(p) or _a_trait(p)) else 'am ' + g.a(p) if s == 'np' and _who_i_am(p) else 'have experience in ' if s == 'np' and _names_a_field(p) else 'have ' if s == 'np' else ''}{p if not (s == 'np' and _who_i_am(p)) else ''}".rstrip()
                for p, s in zip(parts, shapes)]  # "mixed methods, did 40+ interviews": experience in mixed methods;
        # "former college soccer player, tore my own acl": I am a former college soccer player
        return "I " + ", ".join(said[:-1]) + " and " + said[-1]  # "PMP certified, ran a school build": "I am ... and ran"
    if len(parts) > 1 and shapes[0] == "np" and all(g.first_word(p) in ("i", "i've", "i'm") for p in parts[1:]):
        if YEARS.match(parts[0]):  # "2 years at Starbucks, I can do 100 drinks an hour"
            rest = " and ".join(p.split(" ", 1)[1] if g.first_word(p) == "i" else p for p in parts[1:])
            return f"I have {parts[0]} and {rest}"
        return ", and ".join(parts[1:])  # "my accessibility work, I did the screen reader audit": what I did
    if len(parts) == 2 and YEARS.match(parts[0]) and (_describes_me(parts[1]) or _a_trait(parts[1])) \
            and not _describes_me(parts[0]):
        return f"I have {parts[0]} and am {parts[1]}"  # "3 yrs at a bank call center, fully bilingual"
    if len(parts) > 1 and _describes_me(parts[0]) and all(g.shape(p, "np") == "np" and not lexicon.is_past(g.first_word(p))
                                                          for p in parts[1:]):
        return f"I am {parts[0]}, with " + " and ".join(parts[1:])  # "EPA 608 certified, 5 years residential"
    said = []
    for part in parts:
        shaped = g.shape(part, "np")
        if _names_a_field(part):
            shaped = "np"  # "distributed systems": a field, never "I distributed systems"
        elif (g.opens_with_a_verb(part) or _past_with_a_measure(part)) and not said and not g.is_gerund_start(part):
            shaped = "past"  # "set up Dentrix at my last office", "cut pick errors by 30%": what the writer did
        if shaped == "past" or (said and lexicon.is_past(g.first_word(part))):
            said.append(part)  # "ran the emails, cut churn 18%": "cut" is a past after a past
        elif shaped == "clause":
            said.append(part)
        elif _describes_me(part) or _a_trait(part):
            said.append("am " + part)  # "bilingual in Spanish", "forklift certified"
        elif said or len(parts) == 1:
            return ""
        else:
            return _my_things(parts)
    text = ", ".join(said[:-1]) + (" and " if len(said) > 1 else "") + said[-1]
    return f"I {text}"


YEARS = lazy_regex(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\+?\s+(?:years|yrs|months)\b",
                   re.I)


def _my_things(parts: list[str]) -> str:
    """'fluent spanish, 3 years at a legal aid clinic' -> 'I bring fluent Spanish and 3 years at a legal aid
    clinic'; '5 years experience, fluent in spanish' -> 'I bring 5 years of experience and am fluent in Spanish'
    ('' when any part is neither a thing nor what the writer is)."""
    things, traits = [], []
    for part in parts:
        if _a_trait(part):
            traits.append(part)
        elif g.shape(part, "np") == "np":
            things.append(YEARS_EXPERIENCE.sub(r"\1 of experience", part))
        else:
            return ""
    said = []
    if things:
        said.append("bring " + _listed(things))
    if traits:
        said.append("am " + _listed(traits))
    return "I " + " and ".join(said)


YEARS_EXPERIENCE = lazy_regex(r"\b(years?)\s+experience\b", re.I)


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _a_trait(part: str) -> bool:
    """'fluent in Spanish', 'certified in CPR', 'bilingual': what the writer is, said with 'am'."""
    ws = [w.lower() for w in g.words(part)]
    if not ws:
        return False
    pos = lexicon.parts(ws[0])
    adjective = "ADJ" in pos and ("NOUN" not in pos or len(ws) == 1 or ws[1] in ("in", "with"))  # "bilingual in Spanish"
    return adjective and (len(ws) == 1 or ws[1] in g.PREPOSITIONS)


def _past_with_a_measure(part: str) -> bool:
    """'cut pick errors by 30% at my old site': a past, then by how much, is what the writer did."""
    ws = g.words(part)
    return len(ws) >= 3 and lexicon.is_past(ws[0].lower()) and bool(MEASURED.search(part))


HOW_LONG_AT_END = lazy_regex(r"(?<=[a-z])(?<!\bfor)(?<!\bin)(?<!\bof)(?<!\bover)(?<!\bhave)(?<!\bspent)\s+"
                             r"((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few) (?:years|months|summers|semesters|seasons))$")
HAD_DONE = lazy_regex(r"^I(?:'d| had) (\w+)\b(?= )")
DONE_AT_WORK = (r"built|led|ran|did|managed|trained|designed|wrote|launched|started|created|cut|grew|raised|taught|"
                r"coached|won|shipped|migrated|automated|kept|handled|stayed|covered|organized|planned|closed|opened")
AND_A_PAST = lazy_regex(rf"\s+and\s+(?=(?:{DONE_AT_WORK})\b)|(?<=[a-z]{{2}})\s+and\s+(?=I\s+(?:[a-z]+ed|{DONE_AT_WORK})\b)",
                        re.I)  # "3 years of SQL and built dashboards", "6 yrs of sql and I built the dashboards"
MEASURED = lazy_regex(r"\b(?:by|to|from)\s+(?:\d|\$|half|a third|a quarter)", re.I)


def _who_i_am(part: str) -> bool:
    """'former college soccer player', 'certified nursing assistant': a person the writer is (or was)."""
    ws = [w.lower() for w in g.words(part)]
    return len(ws) >= 2 and not part[:1].isdigit() and ws[0] not in g.DETERMINERS \
        and (ws[0] in ("former", "retired", "certified", "licensed", "trained", "registered")
             or ws[-1].endswith(("er", "or", "ist", "ian")) and "NOUN" in lexicon.parts(ws[-1])
             and ws[0] in ("former", "retired", "ex"))


def _describes_me(part: str) -> bool:
    """'forklift certified', 'bilingual', 'PMP certified': what the writer is."""
    if part[:1].isdigit() or YEARS.match(part):
        return False  # "5 years residential" is a length of experience
    if " " in part and part.split(" ", 1)[0].lower().endswith("ly") and "ADV" in lexicon.parts(part.split(" ", 1)[0].lower()):
        part = part.split(" ", 1)[1]  # "fully bilingual": bilingual, said fully
    last = g.words(part)[-1].lower() if g.words(part) else ""
    pos = lexicon.parts(last)
    alone = len(g.words(part)) == 1  # "bilingual" is a noun too, but alone it says what I am, never "I have bilingual"
    return bool(pos) and ("ADJ" in pos or lexicon.is_form(last, "VBN")) and ("NOUN" not in pos or alone)


def _names_a_field(part: str) -> bool:
    """'distributed systems', 'embedded software': a field of work named with a participle, not what was done."""
    ws = g.words(part)
    return len(ws) == 2 and ws[0].lower() in iv.FIELD_PARTICIPLES


PUBLIC_BODY = lazy_regex(r"^(?:city|town|county|state|university|department|office|board|bureau|ministry|village)\s+of\s|"
                         r"^(?:institute|center|centre|museum|society|academy)\s+(?:for|of)\s", re.I)  # "the Institute for ..."


def _my_strength(strength: str) -> str:
    """'SQL query tuning' -> 'my experience with SQL query tuning'; 'five years of design' -> 'my five years...'."""
    head = g.first_word(strength)
    if head == "my":
        return strength
    if strength[:1].isdigit() or head in NUMBER_WORDS or head in ("years", "experience", "background", "skills"):
        last = g.words(strength)[-1].lower()
        more = " experience" if set(lexicon.parts(last)) == {"ADJ"} else ""  # "five years pediatric": of pediatric experience
        return "my " + YEARS_OF.sub(r"\1 of ", strength) + more  # "three years med-surg": three years of med-surg
    if g.is_gerund_start(strength):
        return f"my experience {strength}"  # "running A/B tests at scale"
    if re.search(r"\bwith\b", strength):
        return f"my experience in {strength}"  # "usability testing with older adults": never "with ... with"
    return f"my experience with {strength}"


YEARS_OF = lazy_regex(r"^(\S+ (?:years?|months?))\s+(?!(?:of|on|in|at|as|with|for|doing|working|running|"
                      r"[a-z]+ing)\b)(?=[A-Za-z])")  # "five years IRB submissions" too  # "three years med-surg", "five years on the grill"
DONORS_OWN = lazy_regex(r"\b(?:her|his|their)\b(?= (?:late |beloved |dear )?(?:[a-z]+ )?[a-z]+)")
TRIBUTE = lazy_regex(r"\bin (?:loving )?(?:memory|honou?r) of\s+\S.*$", re.I)  # a gift given for someone


def _donation(f: Facts, forms: dict, flags: set) -> None:
    if f.kind != "donation":
        return
    if f.organization:
        forms["org"] = f.organization
        flags.add("org")
    if f.amount:
        forms["amount"] = amount_text(f.amount, f.currency)
        flags.add("amount")
        if f.amount >= 250 and f.currency == "USD":
            flags.add("irs")
    elif f.what:
        flags.add("noncash")
    tribute = TRIBUTE.search(f.what or "")
    tribute_text = f" {_clean(tribute.group(0), f, field='what')}" if tribute else ""  # "in memory of your cat Whiskers"
    tribute_text = DONORS_OWN.sub("your", tribute_text)  # "in honor of her granddaughter": the donor's, said to them
    received = f", received on {f.on.strftime('%B')} {f.on.day}, {f.on.year}" if f.on else ""
    forms["_received"] = received + ("," if received and tribute_text else "") + tribute_text  # the date, then the
    # tribute: "received on November 16, in honor of your granddaughter Lily" (never as if Lily were received)
    if "irs" in flags or f.goods_services:
        forms["goods_statement"] = goods_statement(f.goods_services, f.currency)
        flags.add("goods")
        deductible = deductible_text(f.amount, f.currency, f.goods_services) if f.currency == "USD" else ""
        if deductible:  # the IRS's quid pro quo statement; a gift in pounds or euros is under another country's rules
            forms["deductible"] = deductible
            flags.add("deductible")
