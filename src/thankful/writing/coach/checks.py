"""One small function per check. Each takes the note, the moment's facts (or None) and earlier notes to
the same person, and returns findings that cite a span and say how to fix it."""

import re
from functools import lru_cache

from thankful.writing.facts import Facts
from thankful.writing.money import AMOUNT, AMOUNT_MARKS, amount_text, scrub_money

from .findings import Finding, info, warn
from .lists import contains, find, fold, prose_cliches
from .note import Note, read, words_of

# Words too common to show that a note names the gift ("a", "your", "gift").
STOP = frozenset("a an the your my our his her their of for to and with in on at from me us you it this that "
                 "gift present gifts presents generous kind lovely little new some one two every always so "
                 "birthday wedding holiday graduation shower baby".split())
GENERIC_THING = re.compile(r"\b(?:the|your|this|that) (?:lovely |nice |wonderful |beautiful |kind )?"
                           r"(?:gift|present|thing|item)s?\b|\beverything\b", re.I)
GENERIC_NAMES = frozenset("friend friends there all everyone sir madam whom it may concern dear hi hello hey to "
                          "my good morning greetings".split())
MONEY_WORDS = re.compile(r"\b(?:cash|cheque)\b|\b(?:a|the|your|this|that)\s+(?:[$€£]?\d[\d,]*\s+)?check\b(?!\s+(?:in|out|on|up)\b)"
                         r"|\bcheck for\b", re.I)
DONATION_MARKERS = re.compile(r"no goods or services|tax[- ]deductible|your (?:gift|donation|contribution) of [$€£]\d",
                              re.I)
MONEY_ANCHORS = ("cash", "cheque", "check")  # every branch of MONEY_WORDS holds one of these
GOODS_STATEMENT = re.compile(r"goods or services|intangible religious|in exchange for your|good[- ]faith", re.I)
MARKS = re.compile(r"[!?]*![!?]*")
ABSOLUTE = re.compile(r"\b(?:very|so|most|more) (?:unique|perfect|ideal|complete)\b", re.I)
ABSOLUTE_WORDS = ("unique", "perfect", "ideal", "complete")  # ABSOLUTE matches only with one of these
CARD_RANGE = (40, 70)
EMAIL_RANGE = (100, 180)


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
    """A rough singular: 'scarves' -> 'scarf', 'lilies' -> 'lily', 'boxes' -> 'box', 'shears' -> 'shear'."""
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


def no_name(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The note greets the recipient by name."""
    line = note.greeting_text
    if facts and facts.givers:
        names = {n.lower() for g in facts.givers for n in g.names()}
        head = " " + " ".join(words_of(line or note.text[:80])) + " "
        if any(f" {' '.join(words_of(n))} " in head for n in names):
            return []
        wanted = facts.givers[0].call or facts.givers[0].name
    else:
        named = [w for w in re.findall(r"[A-ZÀ-Ö][\w'’.-]*", line) if w.lower().strip(".,") not in GENERIC_NAMES]
        if named:
            return []
        wanted = "their name"
    span = note.greeting or (0, 0)
    return [warn("no-name", "The note does not greet the recipient by name.", span,
                 f"Open with their name, for example 'Dear {wanted},'.")]


def no_specific(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The note names the gift or the act, not just 'the gift'."""
    if facts and facts.kind in ("interview", "donation"):
        return []  # their specifics are the role and topic, or the amount: checked by their own checks
    body = note.body_text
    if facts and facts.what:
        wanted = _thing_words(facts.what)
        if not wanted or _mentions(note.body_words, wanted):
            return []
    generic = GENERIC_THING.search(body)
    if facts and facts.what:
        span = (note.body[0] + generic.start(), note.body[0] + generic.end()) if generic else _after_first_sentence(note)
        return [warn("no-specific", f"The note never names what you are thanking for ({facts.what}).", span,
                     f"Name it: 'Thank you for {facts.what}', and add one detail you noticed.")]
    if generic and not _has_specific_noun(body, generic):
        span = (note.body[0] + generic.start(), note.body[0] + generic.end())
        return [warn("no-specific", f"'{generic.group()}' could be anything.", span,
                     "Name the gift or the act itself, and one detail you noticed about it.")]
    return []


def _has_specific_noun(body: str, generic: re.Match) -> bool:
    """Whether the thanks names something besides 'the gift' (a noun phrase after 'for')."""
    for m in re.finditer(r"\bfor (?:the|your|my|our|a|an) ([a-z-]+)", body, re.I):
        if m.group(1).lower() not in ("gift", "present", "lovely", "nice", "kind", "wonderful", "beautiful"):
            return True
    return False


def no_impact(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The note says what the gift or act meant, or how it will be used."""
    if facts and facts.kind in ("interview", "donation"):
        return []
    body = note.body_text
    if facts and facts.use and _mentions(note.body_words, _key_words(facts.use)):
        return []
    if contains("impact", body):
        return []
    # Gifts and favors are thanked for their use; for the other kinds the catalogue does not ask for it.
    severity = warn if not facts or facts.kind in ("gift", "favor") else info
    return [severity("no-impact", "The note does not say what it meant to you or how you will use it.",
                 _after_first_sentence(note),
                 "Add one sentence on how you use it or what it changed: 'I wear it on every walk to work.'")]


def cliche(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """No thank-you clichés ('words cannot express') and no general ones ('a clean slate')."""
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
    if any(word in low for word in ABSOLUTE_WORDS):  # most notes have none: skip the regex
        hits += list(ABSOLUTE.finditer(note.text))
    stacked = [m for m in marks if len(m.group()) > 1]
    count = len(hits) + max(0, len(marks) - 1) + len(stacked)
    if count == 0:
        return []
    spans = [(m.start(), m.end()) for m in hits] or [(note.body[0] + m.start(), note.body[0] + m.end()) for m in marks]
    severity = warn if count >= 2 else info
    return [severity("gushing", "Superlatives and exclamation marks make a note sound less sincere, not more.",
                     spans[0], "Keep one plain sentence about what you noticed; let the detail do the work.")]


def money_amount(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A personal note never states an amount or says cash or check."""
    if facts and facts.kind == "donation" or not facts and DONATION_MARKERS.search(note.text):
        return []
    text = note.text
    low = fold(text)  # most notes hold no money at all: look for the words the patterns need first
    amounts = list(AMOUNT.finditer(text)) if any(m in low for m in AMOUNT_MARKS) else []
    words = list(MONEY_WORDS.finditer(text)) if any(w in low for w in MONEY_ANCHORS) else []
    found = []
    for m in amounts + words:
        found.append(warn("money-amount", f"'{m.group().strip()}' puts a price on the gift.", (m.start(), m.end()),
                          "Leave the amount and the words cash or check out; say what the gift will go toward."))
    return found


def late_excuse(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A late note apologises once, briefly, at the start, with no excuse."""
    found = []
    said = [m.start() for m in find("apologies", note.text)]
    if not said and not (facts and facts.late):
        return []  # nothing said about lateness, and nothing late: no excuse to look for
    for m in find("excuses", note.body_text):
        span = (note.body[0] + m.start(), note.body[0] + m.end())
        found.append(warn("late-excuse", f"'{m.group()}' reads as an excuse.", span,
                          "Drop the reason; one short apology is enough: 'I'm sorry this note is late.'"))
    sorry = [s for s in note.sentences if any(s.start <= at < s.end for at in said)]
    if len(sorry) > 1:
        found.append(warn("late-excuse", "The note apologises more than once.", (sorry[1].start, sorry[1].end),
                          "Keep one short apology, at the start, and spend the rest on the thanks."))
    elif facts and facts.late and not sorry:
        found.append(info("late-excuse", "This note is late by the usual etiquette and does not say so.",
                          (note.body[0], note.body[0]), "Open with one short apology, no excuses."))
    return found


def length(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """The length fits the channel: a card panel holds 40-70 words; an interview email 100-180."""
    kind = facts.kind if facts else ""
    n = note.words
    if kind == "interview":
        low, high, hard_low, hard_high = EMAIL_RANGE[0], EMAIL_RANGE[1], 70, 230
    elif kind == "love":
        low, high, hard_low, hard_high = 10, 60, 8, 90
    elif kind == "donation":
        low, high, hard_low, hard_high = 30, 180, 20, 230
    else:
        low, high, hard_low, hard_high = 20, CARD_RANGE[1], 14, 90
    span = note.body
    if n < hard_low:
        return [warn("too-short", f"{n} words is too short to say anything specific.", span,
                     "Add what it meant to you, and one look ahead.")]
    if n < low:
        return [info("too-short", f"{n} words; {low} or more reads less hurried.", span,
                     "A detail or a plan to meet would round it out.")]
    if n > hard_high:
        return [warn("too-long", f"{n} words is more than the {'email' if kind == 'interview' else 'card'} holds.",
                     span, f"Keep to about {high} words: one detail, one use, one look ahead.")]
    if n > high:
        return [info("too-long", f"{n} words; about {high} fit comfortably.", span,
                     "Cut a sentence that repeats the thanks.")]
    return []


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
        if len(key.split()) <= 3:
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
    """Sympathy notes are quiet; interview and donor notes are not casual; love notes are not cold."""
    if not facts:
        return []
    found = []
    if facts.kind == "sympathy":
        for m in list(re.finditer(r"!", note.body_text)):
            found.append(warn("wrong-tone", "An exclamation mark is too bright for a sympathy note.",
                              (note.body[0] + m.start(), note.body[0] + m.end()), "End the sentence with a period."))
        for m in find("cheerful", note.text):
            found.append(warn("wrong-tone", f"'{m.group()}' is too cheerful for a sympathy note.",
                              (m.start(), m.end()), "Use quiet, plain words: 'Your kindness meant a great deal.'"))
    elif facts.kind in ("interview", "donation") or facts.tone == "formal":
        for m in find("casual", note.text):
            found.append(warn("wrong-tone", f"'{m.group()}' is too casual here.", (m.start(), m.end()),
                              "Use full sentences and a plain greeting: 'Dear Ms. Whitfield,'."))
    if facts.kind == "love" or facts.tone == "romantic":
        for m in find("cold", note.text):
            found.append(warn("wrong-tone", f"'{m.group()}' is too cold for a love note.", (m.start(), m.end()),
                              "Sign off warmly: 'All my love,'."))
    return found


def irs_missing(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A US donation acknowledgment of $250 or more names the organization, the amount and the goods."""
    if not facts or facts.kind != "donation" or facts.amount < 250 or facts.currency != "USD":
        return []
    low = note.lower
    found = []
    end = (note.body[1], note.body[1])
    if facts.organization and facts.organization.lower() not in low:
        found.append(warn("irs-missing", "The acknowledgment does not name the organization.", end,
                          f"Name {facts.organization} in the first sentence."))
    digits = re.sub(r"[^\d.]", "", amount_text(facts.amount)).rstrip(".")
    if amount_text(facts.amount).lower() not in low and digits not in re.sub(r"[,]", "", low):
        found.append(warn("irs-missing", f"The acknowledgment does not state the amount ({amount_text(facts.amount)}).",
                          end, f"Write the amount: 'your gift of {amount_text(facts.amount)}'."))
    if not GOODS_STATEMENT.search(note.text):
        found.append(warn("irs-missing", "The acknowledgment has no goods-or-services statement.", end,
                          "Add: 'No goods or services were provided in exchange for your contribution.'"))
    return found


def new_ask(note: Note, facts: Facts | None, previous) -> list[Finding]:
    """A donor's thank-you makes no new request for money."""
    if facts and facts.kind != "donation":
        return []
    if not facts and not DONATION_MARKERS.search(note.text):
        return []
    return [warn("new-ask", f"'{m.group()}' asks for more money in a thank-you.", (m.start(), m.end()),
                 "Keep the thanks a thanks; ask another time, in another letter.")
            for m in find("asks", note.text)]


CHECKS = (no_name, no_specific, no_impact, cliche, gushing, money_amount, late_excuse, length,
          interview_missing, repeated, wrong_tone, irs_missing, new_ask)
