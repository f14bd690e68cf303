"""The shape of a note per kind: greeting, sentences slot by slot from the phrase banks, sign-off."""

import re
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

from thankful.domain import kinds
from thankful.writing.facts import Facts, own_closing

from .phrases import ECHO_WORD, PLAIN_WORDS, Template, echo_stems, plans_for, slot_templates
from .variety import Chooser

# The fact a slot is for: the slot is skipped when the moment lacks it or a sentence already said it.
SLOT_FACT = {"late": "late", "open": "detail", "detail": "detail", "use": "use", "memory": "memory",
             "ahead": "ahead", "topic": "topic", "extra": "extra", "question": "question", "goods": "goods",
             "deductible": "deductible", "thanks": "what"}
KINDS_THANKING_WITHOUT_WHAT = ("interview", "donation")
# Sentences that lean on the one before: "It will go toward ..." right after an apology would be the note's
BACK_LEADS = {"{detail_clause}": "detail_back", "{use_clause}": "use_back", "{It}": "what", "{it_is}": "what",
              "{It_is}": "what"}
NAMING_LEADS = frozenset({"{Your_gift}"})  # say the gift again: never right after the sentence that named it
PARAGRAPH = "¶"
FALLBACK_SLOTS = ("detail", "use", "memory", "ahead")
CLOSING_SLOTS = ("ahead", "warmth", "next")
CARD_WORDS = 70  # a card panel holds about 40-70 handwritten words (DESIGN §7)
TEMPLATE_ID = attrgetter("family")  # a batch counts the frames it has used: a bank's id, or a shared family
# The root a sign-off shares with the sentence before it: "I love you." then "Love you," echoes, as do
# "We are grateful for your support." and "Gratefully,".
CLOSING_ROOT = 4


@dataclass
class Draft:
    """A written note: its text, an email's subject, and the templates it was written from."""

    text: str
    subject: str
    templates: list[str]


def write(f: Facts, forms: dict, flags: set, chooser: Chooser) -> Draft:
    """One draft: the plan, then a sentence per slot whose fact is there and not yet said."""
    flags = frozenset(flags)  # hashable: the templates that fit are looked up by it
    plan = chooser.pick(list(plans_for(f.kind)), ident=lambda p: (f.kind, p))
    if "late" in flags:
        # a late note still leads with the thing, and says sorry once, after it: the one short apology
        # etiquette asks for, without opening on the ritual (voice rule 1)
        plan = _placed(plan, "late", "thanks", after=True)
    # what the gift does is said near it ("It will go toward ..."), never after a memory, where "it" would be
    # the memory; what money does, right after the thanks (and the apology)
    plan = _placed(plan, "use", "memory", after=False)
    plan = _placed(plan, "detail", "memory", after=False)  # "I love that it has a fox on it" says "it" of the gift too
    if "money" in flags:
        plan = _placed(plan, "use", "late" if "late" in flags and "late" in plan else "thanks", after=True)
    if "use_more" in forms or _use_names_the_detail(f.use, f.detail, f.what):
        plan = _placed(plan, "detail", "use", after=False)  # "Mine are held together with tape." would be the
        # "it" of the detail; "we'll make the braise" needs the recipe card said first
    if "late" in flags and f.kind not in APOLOGY_AFTER_THANKS:
        plan = _apology_last(plan)
    elif "late" in flags:
        plan = _placed(plan, "late", "next", after=False, moved=True)  # an interview's apology opens its close,
        # never splits the thanks from the talk it thanks for
    paragraphs: list[list[tuple[str, str, frozenset]]] = [[]]  # (slot, sentence, its template's echo)
    spent: set[str] = set()
    used: list[str] = []
    named_what = False
    folded = "detail_folded" in flags
    echo: frozenset = frozenset()  # the words of the sentence just written
    said = _fact_words(f.what, f.detail, f.use, f.memory, f.ahead)  # and of every sentence so far: the facts'
    # own words too ("they gave us comfort" is not followed by "Your thoughtfulness has been a comfort.")
    for slot in plan:
        if slot == PARAGRAPH:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        t = _choose(slot, f, flags, spent, named_what, chooser, echo, said)
        if t is None:
            continue
        paragraphs[-1].append((slot, t.render(forms), t.echo))
        for fact, more in MORE_AFTER_FACT:
            if fact in t.uses and more in forms and more not in spent:
                paragraphs[-1].append((more, forms[more], frozenset()))  # a sentence typed after it, right after
                spent.add(more)
        spent |= t.uses
        if slot == "late":
            spent.add("late")
        if folded and "what" in t.uses:
            spent.add("detail")  # "at five in the morning" went out with the act it belongs to
        used.append(t.id)
        echo = t.echo
        said |= echo
        named_what = "what" in t.uses or (named_what and _leans_back(t, flags))
    for slot in FALLBACK_SLOTS:  # a fact the plan found no place for still gets its sentence
        if "what" not in spent:
            break
        if not _slot_open(slot, f, flags, spent):
            continue
        last = paragraphs[-1]
        at = _insert_at(last, slot)
        near = last[at - 1][2] if at else frozenset()
        if at < len(last):
            near = near | last[at][2]
        t = _choose(slot, f, flags, spent, True, chooser, near, said)
        if t is not None:
            last.insert(at, (slot, t.render(forms), t.echo))
            spent |= t.uses
            used.append(t.id)
            said |= t.echo
    if "late" in flags and f.kind not in APOLOGY_AFTER_THANKS:
        _belated(paragraphs)
    body = "\n\n".join(" ".join(s[1] for s in p) for p in paragraphs if p)
    last = next((p[-1][1] for p in reversed(paragraphs) if p), "")  # what the sign-off must not echo
    text = _frame(f, forms, flags, chooser, body, last)
    return Draft(text=text, subject=_subject(f, forms, flags, chooser), templates=used)


def _belated(paragraphs: list) -> None:
    """A late note says so where it thanks: "A belated thank you for the scarf." (one short apology, at the start,
    leading with the thing), and drops the sentence of apology that would otherwise close it. Left as it is
    when the thanks is worded another way."""
    found = [(p, i) for p in paragraphs for i, s in enumerate(p) if s[0] == "thanks"]
    sorry = [(p, i) for p in paragraphs for i, s in enumerate(p) if s[0] == "late"]
    if not found or not sorry:
        return
    p, i = found[0]
    q, j = sorry[0]
    way = BELATED_WAYS[zlib.crc32(q[j][1].encode()) % len(BELATED_WAYS)]  # as varied as the apology it replaces
    said = BELATED.sub(lambda m: BELATED_NOTE if m.group(0).startswith("This") else way, p[i][1], count=1)
    if said == p[i][1]:
        return
    p[i] = (p[i][0], said, p[i][2])
    del q[j]


BELATED = re.compile(r"^(?:Thank you|Thanks)(?: so much| all so much| both so much| all| both)? for |"
                     r"^This is just a note to say thank you for ")
BELATED_WAYS = ("A belated thank you for ", "Belated thanks for ", "Thank you, belatedly, for ")
BELATED_NOTE = "This is just a belated note to say thank you for "


MORE_AFTER_FACT = (("what", "what_more"), ("detail", "detail_more"), ("use", "use_more"))  # "..., she knitted it herself": its own sentence


APOLOGY_AFTER_THANKS = ("interview", "donation")  # formal letters: the apology goes with the opening thanks (an
# interview's with its close)


@lru_cache(maxsize=256)
def _apology_last(plan: tuple) -> tuple:
    """The apology closes the note: placed anywhere after the thanks it splits what belongs together (the gift
    and what it did, a detail and its memory), and "It will go toward ..." after it would be the note."""
    rest = [s for s in plan if s != "late"]
    at = len(rest)
    while at and rest[at - 1] == PARAGRAPH:
        at -= 1
    return tuple(rest[:at] + ["late"] + rest[at:])


@lru_cache(maxsize=256)
def _placed(plan: tuple, slot: str, anchor: str, after: bool, moved: bool = False) -> tuple:
    """The plan with `slot` right after `anchor`, or right before it when it came later (or wherever it was, when
    `moved`); as it was when either is missing."""
    if slot not in plan or anchor not in plan or (not after and not moved and plan.index(slot) < plan.index(anchor)):
        return plan
    rest = [s for s in plan if s != slot]
    at = rest.index(anchor) + after
    return tuple(rest[:at] + [slot] + rest[at:])


@lru_cache(maxsize=1024)  # a batch repeats its facts
def _use_names_the_detail(use: str, detail: str, what: str) -> bool:
    """'make the braise', after a detail about 'your favorite braise recipe': the use leans on the detail."""
    if not use or not detail:
        return False
    named = {w.lower() for w in re.findall(r"\bthe ([A-Za-z]{3,})", use)}  # "the hat"
    return any(re.search(rf"\b{w}\b", detail, re.I) and not re.search(rf"\b{w}\b", what, re.I) for w in named)


@lru_cache(maxsize=1024)  # a batch repeats its facts
def _fact_words(*facts: str) -> frozenset:
    return echo_stems(" ".join(facts))


def _choose(slot: str, f: Facts, flags: frozenset, spent: set, named_what: bool, chooser: Chooser,
            echo: frozenset = frozenset(), said: frozenset = frozenset()) -> Template | None:
    if not _slot_open(slot, f, flags, spent):
        return None
    own, spent = flags & _relevant_flags(f.kind, slot), frozenset(spent)
    prefer = slot == "thanks" and flags & THANKS_WANTS
    if prefer:
        options = _preferred(f.kind, slot, f.tone, own, spent, named_what, prefer)
    else:
        options = _options(f.kind, slot, f.tone, own, spent, named_what)
    if len(options) > 1 and said:
        words = said & _slot_words(f.kind, slot)  # only words this slot's sentences could repeat: notes share fits
        if words and prefer:  # the facts' own words ("Thanksgiving") do not rule out a "Thank you"
            options = tuple(t for t in options if (echo & words).isdisjoint(t.echo)) or options
        elif words:
            options = _unsaid(f.kind, slot, f.tone, own, spent, named_what, echo & words, words)
    if slot == "use" and "use_credits" in flags:
        options = tuple(t for t in options if not _credits_giver(t)) or options  # the person said it already
    if slot == "warmth" and said:
        options = tuple(t for t in options if said.isdisjoint(t.echo))  # "...how much I love you for ...?" is not
        # followed by "I love you."
    if _has_stock(f.kind, slot):
        options = tuple(t for t in options if not (t.stock and chooser.used.get(t.family)))  # stock: once a batch
    return chooser.pick(options, ident=TEMPLATE_ID) if options else None


@cache
def _credits_giver(t: Template) -> bool:
    """'Because of you, ...', '..., thanks to you': a frame that gives the giver the credit."""
    return "{you_all}" in t.text or bool(re.search(r"\byour?\b", " ".join(t.parts[::2]), re.I))


# What the thanks says when the moment has it: the occasion ("for my birthday"), and more the giver did ("and for
# sending us pictures every day"), which reads best beside the act it adds to.
THANKS_WANTS = frozenset({"occasion", "detail_act"})


@lru_cache(maxsize=4096)
def _preferred(kind: str, slot: str, tone: str, flags: frozenset, spent: frozenset, named_what: bool,
               wants: frozenset) -> tuple:
    options = _options(kind, slot, tone, flags, spent, named_what)
    if "occasion" in wants:
        options = tuple(t for t in options if "occasion" in t.uses or any(n[:2] == "o_" for n in t.needs)) or options
    if "detail_act" in wants:
        options = tuple(t for t in options if "detail" in t.uses) or options
    return options


@cache
def _has_stock(kind: str, slot: str) -> bool:
    """Whether a slot holds stock sentences (no fact in them), said at most once in a batch."""
    return any(t.stock for t in slot_templates(kind, slot))


@cache
def _slot_words(kind: str, slot: str) -> frozenset:
    return frozenset().union(*(t.echo for t in slot_templates(kind, slot)))


@lru_cache(maxsize=8192)
def _unsaid(kind: str, slot: str, tone: str, flags: frozenset, spent: frozenset, named_what: bool,
            echo: frozenset, said: frozenset) -> tuple:
    """The options, less those that repeat the words of the sentence before ("I enjoyed learning ...
    I enjoyed hearing ...") and, while others remain, of any sentence before."""
    options = _options(kind, slot, tone, flags, spent, named_what)
    fresh = tuple(t for t in options if echo.isdisjoint(t.echo)) or options
    return tuple(t for t in fresh if said.isdisjoint(t.echo)) or fresh


@lru_cache(maxsize=4096)
def _options(kind: str, slot: str, tone: str, flags: frozenset, spent: frozenset, named_what: bool) -> tuple:
    """The templates that fit a slot at this point of a draft: moments of the same shape share them."""
    return tuple(t for t in _static_fits(kind, slot, tone, flags) if _fits(t, flags, spent, named_what))


@cache
def _relevant_flags(kind: str, slot: str) -> frozenset:
    """The flags that can change which templates fit a slot: those its templates need or refuse, and
    those _fits reads. Looking the fits up by these alone, moments of many shapes share them."""
    found = set(BACK_LEADS.values()) | {"use_vp", "use_no_it"}
    for t in slot_templates(kind, slot):
        found |= t.needs | t.unless
    return frozenset(found)


@cache
def _static_fits(kind: str, slot: str, tone: str, flags: frozenset) -> tuple[Template, ...]:
    """Templates whose kind, tone and flags fit: the same for every moment of the same shape in a batch."""
    return tuple(t for t in slot_templates(kind, slot) if t.fits(flags, tone, kind))


def _insert_at(sentences: list[tuple], slot: str) -> int:
    """A sentence placed late goes before the look ahead, the warm close and the apology, which read best last;
    what the gift does goes right after the thanks and the detail, where "It" is still the gift."""
    if slot == "use":
        near = [i + 1 for i, s in enumerate(sentences) if s[0] in ("thanks", "detail", "open", "detail_more")]
        if near:
            return max(near)
    at = len(sentences)
    while at > 0 and sentences[at - 1][0] in CLOSING_SLOTS + ("late",) and slot not in CLOSING_SLOTS:
        at -= 1
    return at


def _slot_open(slot: str, f: Facts, flags: set, spent: set) -> bool:
    fact = SLOT_FACT.get(slot)
    if slot == "thanks" and f.kind in KINDS_THANKING_WITHOUT_WHAT:
        return True
    if fact is None:
        return not (slot == "warmth" and "ahead" in flags and f.kind != "sympathy")
    return fact in flags and fact not in spent


def _fits(t: Template, flags: set, spent: set, named_what: bool) -> bool:
    if t.uses & spent:
        return False
    if "what" not in spent and "what" not in t.uses and t.says_it:
        return False  # "it" needs the gift named first
    if "use" in t.uses and "use_vp" in flags and "use_no_it" not in flags:
        if "what" not in spent and "what" not in t.uses:
            return False  # "wear it on my walks" needs the gift named first
    if t.lead in BACK_LEADS and BACK_LEADS[t.lead] in flags and not named_what:
        return False  # "they stood beside..." must come right after the sentence naming them
    if t.lead in NAMING_LEADS and named_what:
        return False  # "Your gift will go toward": only where "It" would not be the gift
    return True


def _leans_back(t: Template, flags: set) -> bool:
    return t.lead in BACK_LEADS and BACK_LEADS[t.lead] in flags


def _frame(f: Facts, forms: dict, flags: set, chooser: Chooser, body: str, last: str = "") -> str:
    parts = []
    if "greet" in flags:
        parts.append(_one(f, "greeting", forms, flags, chooser))
    parts.append(body)
    closing = _closing(f, forms, flags, chooser, last, body) or "With thanks,"
    if closing.startswith(("Yours", "Always")) and "your" in f.sign.lower().split()[:2]:
        closing = "All my love,"  # "your ro" signs as hers: never "Yours, / Your Ro"
    sign = f.sign
    own, name = own_closing(sign) if "," in sign else ("", sign)
    if own and name.strip():  # "xo, anjali": her own closing, never "Yours, / Xo,"
        closing = (own.upper() if own.lower() in ("xo", "xoxo") else own[:1].upper() + own[1:].lower()) + ","
        sign = name.strip()
    parts.append(f"{closing}\n{sign}" if sign else closing)
    return "\n\n".join(p for p in parts if p)


def _closing(f: Facts, forms: dict, flags: frozenset, chooser: Chooser, last: str, body: str) -> str:
    """A sign-off that does not echo the last sentence ('I love you.' is not signed 'Love you,') nor a long word of
    the body, and thanks 'again' only after a note long enough to have thanked once, and never after a sorry."""
    registers = _registers(f.kind, f.relationship)
    options = _closings(f.kind, f.tone, flags & _relevant_flags(f.kind, "closing"), _roots(last), registers)
    said = " " + body.lower().replace("\n", " ")
    options = tuple(t for t in options if not any(" " + root in said for root in _long_roots(t.text))) or options
    if "late" in flags or body.count(". ") + body.count("! ") + body.count("? ") + 1 < AGAIN_AFTER:
        options = tuple(t for t in options if "again" not in t.text) or options  # "Thanks again," after one
        # thanks, or after an apology, reads as a second round
    return chooser.pick(options, ident=TEMPLATE_ID).render(forms) if options else ""


AGAIN_AFTER = 3  # sentences a note needs before its sign-off may thank "again"


@lru_cache(maxsize=2048)  # a batch ends many notes on the same sentence ("It was so generous of you.")
def _roots(sentence: str) -> frozenset:
    return frozenset(w[:CLOSING_ROOT] for w in ECHO_WORD.findall(sentence.lower()) if w not in PLAIN_WORDS)


@cache
def _long_roots(closing: str) -> tuple[str, ...]:
    """The roots of a sign-off's long words ('Gratefully,': 'grat'): the body never said them ('We are grateful
    for ...' is not signed 'Gratefully,'), while 'Thank you' may still be signed 'With thanks,'."""
    return tuple(w[:CLOSING_ROOT] for w in ECHO_WORD.findall(closing.lower()) if len(w) >= LONG_WORD)


LONG_WORD = 7


@cache
def _registers(kind: str, relationship: str) -> tuple[str, ...]:
    return tuple(kinds.registers(kind, relationship))


@lru_cache(maxsize=2048)
def _closings(kind: str, tone: str, flags: frozenset, roots: frozenset, registers: tuple) -> tuple:
    """The sign-offs in a register the kind and the relationship allow, less those echoing the last sentence;
    those of the relationship's first register when there are some ('Love,' to Mom and Dad, 'Warmly,' to a
    nurse)."""
    options = tuple(t for t in _static_fits(kind, "closing", tone, flags) if not t.register or t.register in registers)
    fresh = tuple(t for t in options if not any(w[:CLOSING_ROOT] in roots for w in t.echo)) or options
    preferred = tuple(t for t in fresh if registers and t.register == registers[0])
    return preferred or fresh


def _one(f: Facts, slot: str, forms: dict, flags: frozenset, chooser: Chooser) -> str:
    options = _static_fits(f.kind, slot, f.tone, flags & _relevant_flags(f.kind, slot))
    if not options:
        return ""
    return chooser.pick(options, ident=TEMPLATE_ID).render(forms)


def _subject(f: Facts, forms: dict, flags: set, chooser: Chooser) -> str:
    if not f.email:
        return ""
    options = [t for t in slot_templates(f.kind, "subject") if t.fits(flags, f.tone, f.kind)]
    if not options:
        return "Thank you"
    return options[chooser.index(len(options))].render(forms).rstrip(".")


def word_count(text: str) -> int:
    return len(text.split())
