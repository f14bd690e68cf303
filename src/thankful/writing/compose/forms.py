"""The words a phrase bank can use: each fact in the forms a sentence needs, and the flags that say which exist.

A template names forms in braces ("Thank you for {the_what}."); a form that starts with `_` is optional
and carries its own leading space or comma ("{_when}" is " yesterday" or nothing).
"""

import re

from thankful.domain.dates import describe_when
from thankful.writing.facts import SIGN_JOINERS, Facts
from thankful.writing.money import amount_text, deductible_text, goods_statement, scrub_money

from . import grammar as g

# Which fact a form draws on: a template "uses" these facts, and is only chosen when they exist.
FORM_FACTS = {
    "the_what": "what", "what": "what", "act": "what", "act_base": "what", "act_ing": "what", "it": None,
    "use": "use", "use_ing": "use", "use_clause": "use", "use_np": "use",
    "detail_np": "detail", "detail_clause": "detail", "that_detail": "detail",
    "memory_np": "memory", "memory_clause": "memory",
    "ahead": "ahead", "ahead_ing": "ahead", "ahead_np": "ahead", "ahead_clause": "ahead",
    "topic": "topic", "my_strength": "strength", "strength_clause": "strength",
    "extra_clause": "extra", "extra_np": "extra", "question": "question", "question_about": "question",
    "org": "organization", "amount": "amount", "goods_statement": "goods", "deductible": "deductible",
    "_occasion_for": "occasion", "_appositive": None,
}
# The flag a form needs to exist (forms not listed here always exist).
FORM_FLAGS = {
    "the_what": "what_np", "act": "what_act", "act_base": "act_base", "act_ing": "act_plain",
    "use": "use_vp", "use_ing": "use_vp", "use_clause": "use_clause", "use_np": "use_np",
    "detail_np": "detail_np", "detail_clause": "detail_clause", "that_detail": "detail_that",
    "memory_np": "memory_np", "memory_clause": "memory_clause",
    "ahead": "ahead_vp", "ahead_ing": "ahead_vp", "ahead_np": "ahead_np", "ahead_clause": "ahead_clause",
    "topic": "topic", "my_strength": "strength_np", "strength_clause": "strength_clause",
    "extra_clause": "extra_clause", "extra_np": "extra_np", "question": "question_direct",
    "question_about": "question_about", "org": "org", "amount": "amount", "goods_statement": "goods", "deductible": "deductible",
    "the_role": "role", "a_role": "role", "company": "company", "role": "role", "_occasion_for": "occasion",
    "the_baby": "k_gift", "name": "greet", "who": "greet",
}
OCCASION_FOR = {"wedding": "for {our} wedding", "shower": "from the shower", "baby": "for the baby",
                "birthday": "for {my} birthday", "holiday": "this holiday season",
                "graduation": "for {my} graduation"}
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twelve fifteen twenty thirty".split())
QUESTION_WORDS = frozenset("what how when who whom which where why whose".split())
QUESTION_AUX = frozenset("do does did is are was were can could will would should has have may might shall".split())
GIFT_WORDS = frozenset("gift present gifts presents contribution".split())
IT_WORDS = re.compile(r"\b(?:it|them|its)\b", re.I)
THIRD_POSSESSIVE = re.compile(r"\b(her|his|their)\b")
HER_HIS = re.compile(r"\b(?:[Hh]er|[Hh]is|[Ss]he|[Hh]e|[Hh]im|[Hh]erself|[Hh]imself)\b(?:\s+([\w']+))?")
# After "her", these words show it is the object ("read the cards to her on Sundays"), not "her lasagna".
NOT_A_NOUN = frozenset(g.DETERMINERS | g.PREPOSITIONS | g.LEADING_ADVERBS | {"and", "or", "but", "so", "too", "again",
                                                                            "every", "each", "more", "back"})
# Third-person verbs after "she"/"he" that become the second person: "she makes" -> "you make".
YOU_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
             "hasn't": "haven't", "doesn't": "don't"}
THEIR = re.compile(r"\btheir\b")
LONG_WHAT = 5  # words: a thing named at more length than this is not exclaimed over ("What a ... is")
THING_KINDS = ("gift", "donation")  # kinds whose `what` is a thing given, not something done
HABIT = re.compile(r"\b(?:always|every|each)\b", re.I)


def build(f: Facts) -> tuple[dict[str, str], set[str]]:
    """All forms of the facts, and the flags that say which facts (and shapes) there are."""
    we = f.writer_plural
    # The forms of what, use, detail, ... depend on these alone: a batch that repeats its facts ("a quilt",
    # "keep warm on winter evenings") works them out once. The people and the email kinds' facts are per note.
    swap = "one" if len(f.givers) == 1 and not f.givers_plural else "many" if f.givers_plural else ""
    key = (f.kind, f.tone, f.what, f.use, f.detail, f.memory, f.ahead, f.money, f.occasion, we,
           bool(SIGN_JOINERS.search(f.sign)) if f.sign else False, swap)
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
    if f.late:
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
        "own": "our" if SIGN_JOINERS.search(f.sign or "") else "my",
    })


def _givers(f: Facts, forms: dict, flags: set) -> None:
    formal = f.formal or f.email
    names = [giver.greeting(formal) for giver in f.givers]
    if names:
        flags.add("greet")
        forms["name"] = forms["who"] = g.join_names(names)
        if any(giver.the_group for giver in f.givers):
            flags.add("the_group")
            forms["who"] = g.join_names([giver.in_text(formal) for giver in f.givers])  # "the Nakamuras"
    plural = f.givers_plural
    count = sum(giver.head_count for giver in f.givers)
    forms["you_all"] = "you" if not plural else ("you both" if count == 2 else "you all")
    forms["yourself"] = "yourselves" if plural else "yourself"
    flags.add("group" if plural else "one")
    if any(giver.is_family for giver in f.givers):
        flags.add("family")
    if any(giver.has_title for giver in f.givers):
        flags.add("title")
    if any(giver.described for giver in f.givers):
        flags.add("described")


def _swap_possessive(text: str, f: Facts) -> str:
    """'her recipe box' from Grandma Bea is 'your recipe box' in a note to her."""
    if len(f.givers) == 1 and not f.givers_plural:
        return HER_HIS.sub(_to_you, text)
    if f.givers_plural:
        return THEIR.sub("your", text)
    return text


def _to_you(m: re.Match) -> str:
    """'her lasagna' -> 'your lasagna', 'to her on Sundays' -> 'to you on Sundays', 'she wrote' -> 'you wrote',
    'she makes' -> 'you make', 'with him' -> 'with you', 'herself' -> 'yourself'."""
    word, nxt = m.group(0).split(None, 1)[0], m.group(1)
    low = word.lower()
    if low in ("herself", "himself"):
        you = "yourself"
    elif low == "his" or (low == "her" and nxt and nxt.lower() not in NOT_A_NOUN):
        you = "your"
    elif low in ("she", "he") and nxt:
        you = "you"
        verb = nxt.lower()
        if verb in g.LEADING_ADVERBS or verb in g.VERB_ADVERBS:
            pass  # "she always knits": the verb is further on
        elif verb in YOU_VERBS:
            nxt = YOU_VERBS[verb]
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


def _clean(text: str, f: Facts, swap: bool) -> str:
    if f.kind != "donation":
        text = scrub_money(text)
    return _swap_possessive(text, f) if swap else text


def _what(f: Facts, forms: dict, flags: set) -> str:
    if not f.what:
        forms.update({"it": "it", "It": "It", "it_is": "it is" if f.formal else "it's", "it_was": "it was", "s": "s",
                      "is": "is", "was": "was"})
        return ""
    swap = bool(THIRD_POSSESSIVE.search(f.what))
    if swap:
        flags.add("swap")
    what = _clean(f.what, f, swap)
    if f.money and f.kind != "donation" and not what:
        what = "your generous gift"
    kind = g.shape(what, "np")
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
    else:
        flags.update({"what", "what_np"})
        forms["the_what"] = forms["the_thing"] = g.definite(g.with_article(what))
        plural = g.is_plural_phrase(what)
        if forms["the_what"].count(" ") >= LONG_WHAT:
            flags.add("what_long")  # "What a thoughtful gift the bottle of olive oil and the tin of saffron are."
        if g.head_noun(what) in GIFT_WORDS:
            flags.add("what_gift")  # "your generous wedding gift": never "what a thoughtful gift ... is"
    flags.add("plural" if plural else "singular")
    if f.money:
        flags.add("money")
    forms.update({
        "it": "them" if plural else "it", "It": "They" if plural else "It",  # {It} opens a sentence: a subject
        "it_is": ("they are" if plural else "it is") if f.formal else ("they're" if plural else "it's"),
        "it_was": "they were" if plural else "it was", "s": "" if plural else "s",
        "is": "are" if plural else "is", "was": "were" if plural else "was",
    })
    forms["what"] = what
    return what


def _use(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.use:
        return
    use = g.strip_to(_clean(f.use, f, "swap" in flags))
    kind = g.shape(use, "vp")
    if f.money and kind == "vp" and not g.is_verb_phrase(use):
        kind = "np"  # what the money goes toward: "college tuition", "rent"
    if f.money and g.first_word(use) in ("toward", "towards") and " " in use:
        use, kind = use.split(" ", 1)[1], "np"  # "toward a new roof"
    flags.add("use")
    if kind == "act":  # "wearing it every day": a gerund phrase is a verb phrase in -ing form
        base = g.act_base(use)
        if base:
            forms.update(use=base, use_ing=use)
            flags.add("use_vp")
        else:
            forms["use_np"] = use
            flags.add("use_np")
    elif kind == "vp":
        forms.update(use=use, use_ing=g.vp_to_gerund(use))
        flags.add("use_vp")
        if not IT_WORDS.search(use):
            flags.add("use_no_it")
    elif kind == "clause":
        forms["use_clause"] = g.decapitalise(use)
        flags.add("use_clause")
        if g.starts_with_back_pronoun(use):
            flags.add("use_back")
        if g.is_past(use):
            flags.add("use_past")  # "I got better faster": not after "It means" or "I notice it every time"
    else:
        forms["use_np"] = use
        flags.add("use_np")


def _detail(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.detail:
        return
    detail = _clean(f.detail, f, "swap" in flags)
    flags.add("detail")
    kind = g.shape(detail, "np")
    if kind == "adjunct" and what:
        # "at five in the morning" says when the act happened: it goes with it, wherever the act is named
        # ("driving me to the airport at five in the morning"), and is said when the act is.
        flags.add("detail_folded")
        for key in ("act", "act_base", "act_ing", "the_what"):
            if key in forms:
                forms[key] = f"{forms[key]} {g.decapitalise(detail)}"
        return
    if kind == "clause":
        forms["detail_clause"] = g.decapitalise(detail)
        flags.add("detail_clause")
        if g.starts_with_back_pronoun(detail):
            flags.add("detail_back")
        return
    forms["detail_np"] = g.definite(detail) if g.first_word(detail) in ("a", "an") else detail
    if "," in detail:
        forms["_appositive"] = ","  # "White roses, Mom's favorite, meant a great deal"
    plural = g.is_plural_phrase(detail)
    forms["detail_is"] = "are" if plural else "is"
    forms["detail_was"] = "were" if plural else "was"
    flags.add("detail_np")
    that = g.make_definite_reference(detail)
    if that and not plural:
        forms["that_detail"] = that
        flags.add("detail_that")


def _memory(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.memory:
        return
    memory = _clean(f.memory, f, "swap" in flags)
    flags.add("memory")
    if g.shape(memory, "np") == "clause":
        forms["memory_clause"] = g.decapitalise(memory)
        flags.add("memory_clause")
    else:
        forms["memory_np"] = memory
        flags.add("memory_np")


def _ahead(f: Facts, forms: dict, flags: set, what: str) -> None:
    if not f.ahead:
        return
    ahead = g.strip_to(_clean(f.ahead, f, "swap" in flags))
    kind = g.shape(ahead, "vp")
    flags.add("ahead")
    if kind == "vp":
        forms.update(ahead=ahead, ahead_ing=g.vp_to_gerund(ahead))
        flags.add("ahead_vp")
    elif kind == "clause":
        forms["ahead_clause"] = g.decapitalise(ahead)
        flags.add("ahead_clause")
    elif kind == "act":
        base = g.act_base(ahead)
        if base:
            forms.update(ahead=base, ahead_ing=ahead)
            flags.add("ahead_vp")
        else:
            forms["ahead_np"] = ahead
            flags.add("ahead_np")
    else:
        forms["ahead_np"] = ahead
        flags.add("ahead_np")


def _occasion(f: Facts, forms: dict, flags: set, what: str) -> None:
    occasion = f.occasion if f.kind == "gift" else ""
    if occasion:
        flags.add(f"o_{occasion}")
    phrase = OCCASION_FOR.get(occasion)
    if phrase and occasion not in what.lower():
        forms["_occasion_for"] = " " + phrase.replace("{our}", forms["my"]).replace("{my}", forms["own"])
        flags.add("occasion")
    forms["the_baby"] = "the baby"


def _interview(f: Facts, forms: dict, flags: set) -> None:
    if f.kind != "interview":
        return
    if f.role:
        role = re.sub(r"^(?:the|a|an)\s+", "", f.role, flags=re.I)
        bare = re.sub(r"\s+(?:role|position|job|opening)$", "", role, flags=re.I)
        forms.update(role=bare, the_role=f"the {bare} role", a_role=g.a(bare))
        flags.add("role")
    if f.company:
        forms["company"] = f.company
        flags.add("company")
    if f.topic:
        forms["topic"] = f.topic
        flags.add("topic")
        flags.add("topic_act" if g.shape(f.topic, "np") == "act" else "topic_np")  # "speeding up the ..."
    if f.strength:
        flags.add("strength")
        if g.shape(f.strength, "np") == "clause":
            forms["strength_clause"] = f.strength
            flags.add("strength_clause")
        else:
            strength = _my_strength(f.strength)
            forms["my_strength"] = strength
            flags.add("strength_np")
    if f.extra:
        flags.add("extra")
        key = "extra_clause" if g.shape(f.extra, "np") == "clause" else "extra_np"
        forms[key] = g.decapitalise(f.extra)
        flags.add(key)
    if f.question:
        q = f.question.rstrip("?.! ")
        if f.question.rstrip().endswith("?") or _direct_question(q):
            forms["question"] = g.capitalise(q) + "?"
            flags.update({"question", "question_direct"})
        else:
            forms["question_about"] = g.decapitalise(q)  # "how the team works with engineering"
            flags.update({"question", "question_about"})
    when = describe_when(f.on, f.today)
    forms["_when"] = f" {when}" if when else ""


def _my_strength(strength: str) -> str:
    """'SQL query tuning' -> 'my experience with SQL query tuning'; 'five years of design' -> 'my five years...'."""
    head = g.first_word(strength)
    if head == "my":
        return strength
    if head[:1].isdigit() or head in NUMBER_WORDS or head in ("years", "experience", "background", "skills"):
        return f"my {strength}"
    return f"my experience with {strength}"


def _direct_question(q: str) -> bool:
    """'what does the first year look like' asks; 'how the team works with engineering' names a topic."""
    ws = [w.lower() for w in g.words(q)]
    if not ws:
        return False
    if ws[0] in QUESTION_AUX:
        return True
    return ws[0] in QUESTION_WORDS and len(ws) > 1 and ws[1] in QUESTION_AUX


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
    if f.on:
        forms["_received"] = f", received on {f.on.strftime('%B')} {f.on.day}, {f.on.year}"
    else:
        forms["_received"] = ""
    if "irs" in flags or f.goods_services:
        forms["goods_statement"] = goods_statement(f.goods_services)
        flags.add("goods")
        deductible = deductible_text(f.amount, f.currency, f.goods_services)
        if deductible:
            forms["deductible"] = deductible
            flags.add("deductible")
