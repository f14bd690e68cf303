"""A journal sentence, read as the moment it thanks someone for: pure, for `today --thank` and the web journal.

    moment_from_journal("Priya left soup on my doorstep when I had the flu", "Priya")
    -> {"kind": "favor", "from": ["Priya"], "what": "leaving soup on my doorstep when I had the flu"}

so the note reads "Thank you for leaving soup on my doorstep when I had the flu", never "thank you for Priya
left soup ...". What the person did becomes the act (a gerund phrase); a thing they gave becomes the gift
("Grandma sent me a scarf" -> a gift, "a scarf"); what it made possible, after "and I ..." or "so I ...",
becomes the use. A sentence that does not say what the person did is kept whole, as a gratitude moment:
compose then asks what to thank them for.
"""

from __future__ import annotations

import re
from datetime import date

from thankful.writing import lexicon
from thankful.writing.compose import grammar as g
from thankful.writing.typed import tidy

GRATEFUL = re.compile(r"^(?:(?:i'm|i am|im|so|really|very|feeling|felt|i feel|i felt)\s+)*(?:grateful|thankful)"
                      r"\s+(?:for|that|to)\s+", re.I)
RESULT = re.compile(r",?\s+(?:and|so)\s+(?=(?:i|we|it|that|now)\b)", re.I)  # "..., and I made my flight"
THEIR_HEADS = ("my ", "our ")


def moment_from_journal(sentence: str, person: str, *, on: date | None = None) -> dict:
    """The moment a journal `sentence` thanks `person` for, in the compose contract's shape (DESIGN §5):
    {"kind": "favor" | "gift" | "gratitude", "from": [person], "what": ..., "use"?: ..., "on"?: "YYYY-MM-DD"}.
    Pure: the same sentence always gives the same moment; no notebook, no clock (`on` is the entry's date)."""
    text = tidy(" ".join(sentence.split()).rstrip(".!"), (person,))
    text = GRATEFUL.sub("", text)
    text, use = _split_result(text)
    kind, what = _what_they_did(text, person)
    moment: dict = {"kind": kind, "from": [person], "what": what}
    if use:
        moment["use"] = use
    if on:
        moment["on"] = on.isoformat()
    return moment


def _split_result(text: str) -> tuple[str, str]:
    """'drove me to the airport and I made my flight' -> ('drove me to the airport', 'I made my flight')."""
    parts = RESULT.split(text, maxsplit=1)
    if len(parts) == 2 and g.shape(parts[1], "vp") == "clause":
        return parts[0], parts[1]
    return text, ""


def _what_they_did(text: str, person: str) -> tuple[str, str]:
    rest = _after_person(text, person)
    if rest is None:
        return "gratitude", _to_you(_without_person(text, person), person)
    lead, verb_phrase = g.split_adverbs(rest)
    head = g.first_word(verb_phrase)
    if head.endswith("ing") and g.is_gerund_start(verb_phrase):
        return _kind_of_act(verb_phrase), rest  # "Priya checking in on me"
    if not (lexicon.is_past(head) or lexicon.is_form(head, "VBZ") or _reads_as_a_verb(verb_phrase)):
        return "gratitude", _to_you(text, person)
    thing = _given_thing(verb_phrase)
    if thing:
        return "gift", thing
    return _kind_of_act(verb_phrase), lead + _as_gerund(verb_phrase)


def _after_person(text: str, person: str) -> str | None:
    """What follows the person at the start of the sentence: 'Priya left ...', 'my neighbor Priya left ...',
    'she left ...' (the person is the only one the entry is about)."""
    low = text.lower()
    names = [person.lower(), person.split()[0].lower()]
    for name in names:
        for head in (name + " ", *(f"{mine}{word} {name} " for mine in THEIR_HEADS for word in _one_word(low))):
            if low.startswith(head):
                return text[len(head):].strip()
    for pronoun in ("she ", "he ", "they "):
        if low.startswith(pronoun):
            return text[len(pronoun):].strip()
    words = text.split(" ")
    if words[0].lower() in ("the", "my", "our") and not re.search(rf"\b{re.escape(names[1])}\b", low):
        for size in (1, 2):  # "the barista remembered my order", thanking the barista by name
            if len(words) > size + 2 and lexicon.is_past(words[size + 1].lower()):
                return " ".join(words[size + 1:])
    return None


def _one_word(low: str) -> list[str]:
    """The word after 'my' in 'my neighbor Priya ...'."""
    words = low.split()
    return [words[1]] if len(words) > 2 and words[0] in ("my", "our") else []


def _reads_as_a_verb(verb_phrase: str) -> bool:
    """'texts me on Mondays': a word in -s before an object is a verb, though the lexicon knows 'text' as a noun."""
    words = [w.lower() for w in g.words(verb_phrase)]
    return len(words) > 1 and words[0].endswith("s") and words[1] in g.OBJECTS | {"you"}


def _to_you(text: str, person: str) -> str:
    """'Mom loved the flowers Priya sent' to Priya: 'Mom loved the flowers you sent'."""
    first = re.escape(person.split()[0])
    return re.sub(rf"(?<=\s)(?:{re.escape(person)}|{first})\b(?!')", "you", text)


def _without_person(text: str, person: str) -> str:
    """'coffee with Dana this morning' thanks Dana for 'coffee this morning'."""
    first = re.escape(person.split()[0])
    return re.sub(rf"\s+(?:with|from|by)\s+(?:{re.escape(person)}|{first})\b", "", text, flags=re.I)


def _as_gerund(verb_phrase: str) -> str:
    """'left soup on my doorstep' -> 'leaving soup on my doorstep'; 'makes me laugh' -> 'making me laugh'."""
    head, _, tail = verb_phrase.partition(" ")
    if lexicon.is_past(head.lower()):
        return g.past_to_gerund(verb_phrase)
    base = lexicon.lemma(head.lower()) or _without_s(head)  # "texts" -> "text"
    return g.present_participle(base) + (f" {tail}" if tail else "")


def _without_s(verb: str) -> str:
    if verb.endswith("es") and verb[:-2].endswith(("s", "x", "z", "sh", "ch")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _given_thing(verb_phrase: str) -> str:
    """'sent me a scarf' -> 'a scarf'; '' when the verb is not one of handing something over."""
    words = verb_phrase.split(" ")
    if lexicon.lemma(words[0].lower()) not in g.GIFT_VERBS:
        return ""
    at = 1
    while at < len(words) and words[at].lower() in g.PARTICLES | g.OBJECTS | {"you", "over"}:
        at += 1
    thing = " ".join(words[at:])
    return thing if thing and g.shape(thing, "np") == "np" else ""


def _kind_of_act(verb_phrase: str) -> str:
    """An act done for the writer ('left soup on my doorstep', 'drove me') is a favor; anything else
    ('made everyone laugh') a moment of gratitude."""
    mine = re.search(r"\b(?:me|us|my|our|mine|ours)\b", verb_phrase, re.I)
    return "favor" if mine else "gratitude"


__all__ = ["moment_from_journal"]
