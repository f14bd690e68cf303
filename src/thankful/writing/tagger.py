"""Parts of speech by a trained tagger, for what the lexicon's word lists cannot settle alone.

A word like "comes", "switch" or "naps" is a noun in one phrase and a verb in the next; the lexicon knows
both and the grammar's rules guess from the words around it. The tagger reads the whole phrase: it is
Matthew Honnibal's greedy averaged perceptron ("A good part-of-speech tagger in about 200 lines of Python",
2013), trained on the Wall Street Journal, whose model ships in the textblob-aptagger package (MIT). About
97 % of words right on newswire; 0.1 ms a phrase here; its model takes about 0.1 s to load, once, on the first
phrase asked about (never at start-up).

    tags("my first novel comes out in January")  -> ("PRP$", "JJ", "NN", "VBZ", "RP", "IN", "NNP")
    subject_then_verb(...)                       -> True: a noun phrase, then its verb: a clause
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import threading
from collections import defaultdict
from functools import cache
from pathlib import Path

MODEL = "trontagger-0.1.0.pickle"
START, END = ("-START-", "-START2-"), ("-END-", "-END2-")
TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[.'’-][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*|n['’]t|['’][a-z]+|[^\sA-Za-z0-9]")
CONTRACTION = re.compile(r"(?i)^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$")

FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
# What a subject noun phrase is made of: determiners, possessives, numbers, adjectives, nouns, names.
SUBJECT_PARTS = frozenset({"DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PDT"})
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
RELATIVE = frozenset({"WDT", "WP", "WP$"})
NEW_PHRASE = frozenset({"DT", "PRP$", "PDT"})
NOT_OWNED = frozenset({"IN", "RB", "RP", "VBN", "VBG", ",", "."})  # after "'s": no noun, so it was "is"
# What follows a past in -ed that is surely the clause's verb: its object.
AFTER_A_PAST = frozenset({"DT", "PRP", "PRP$", "CD"})  # "the little card tucked inside" describes the card
# A bare present is trusted only when it is no noun: the tagger takes "dashboard" in "the readmissions dashboard
# you're rebuilding" for one.
PLAIN_PRESENTS = frozenset({"are", "have", "do", "'re", "’re", "'ve", "’ve", "were"})

_lock = threading.Lock()


@cache
def _model() -> tuple[dict, dict, tuple[str, ...]]:
    """(weights, tag of each unambiguous word, the tags), read from the installed package's file.

    The package itself is not imported: its __init__ pulls in TextBlob and NLTK, which nothing here needs."""
    spec = importlib.util.find_spec("textblob_aptagger")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the part-of-speech model is missing: reinstall Thankful (pip install -e .)")
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL
    with _lock, path.open("rb") as f:
        weights, tagdict, classes = pickle.load(f, encoding="latin1")  # written by Python 2
    return weights, tagdict, tuple(sorted(classes))


def tokens(phrase: str) -> tuple[str, ...]:
    """The phrase in the tagger's tokens: words, numbers, punctuation, "n't" and "'s" apart ("didn't": did n't)."""
    out: list[str] = []
    for t in TOKEN.findall(phrase):
        m = CONTRACTION.match(t)
        out.extend((m.group(1), m.group(2)) if m and len(m.group(1)) > 0 else (t,))
    return tuple(out)


@cache
def tags(phrase: str) -> tuple[str, ...]:
    """A Penn Treebank tag for each of the phrase's tokens."""
    return _tag(tokens(phrase))


def _tag(words: tuple[str, ...]) -> tuple[str, ...]:
    weights, tagdict, classes = _model()
    context = (*START, *(_normal(w) for w in words), *END)
    prev, prev2 = START
    out = []
    for i, word in enumerate(words):
        tag = tagdict.get(word) or _predict(weights, classes, _features(i + 2, word, context, prev, prev2))
        out.append(tag)
        prev2, prev = prev, tag
    return tuple(out)


def _normal(word: str) -> str:
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def _features(i: int, word: str, context: tuple[str, ...], prev: str, prev2: str) -> tuple[str, ...]:
    """The model's features, as it was trained on them (each counts once)."""
    return ("bias", f"i suffix {word[-3:]}", f"i pref1 {word[0]}", f"i-1 tag {prev}", f"i-2 tag {prev2}",
            f"i tag+i-2 tag {prev} {prev2}", f"i word {context[i]}", f"i-1 tag+i word {prev} {context[i]}",
            f"i-1 word {context[i - 1]}", f"i-1 suffix {context[i - 1][-3:]}", f"i-2 word {context[i - 2]}",
            f"i+1 word {context[i + 1]}", f"i+1 suffix {context[i + 1][-3:]}", f"i+2 word {context[i + 2]}")


def _predict(weights: dict, classes: tuple[str, ...], features: tuple[str, ...]) -> str:
    scores: defaultdict[str, float] = defaultdict(float)
    for feature in features:
        for tag, weight in weights.get(feature, {}).items():
            scores[tag] += weight
    return max(classes, key=lambda tag: (scores[tag], tag))


def subject_then_verb(phrase: str) -> bool:
    """'my first novel comes out in January', 'the kids still talk about it': a noun phrase, then straight
    away a verb that needs it as a subject. A relative clause ('the jam my mom made') has a second noun
    phrase before its verb, and is no clause of its own."""
    found = tags(phrase)
    i, noun = 0, False
    while i < len(found) and found[i] in SUBJECT_PARTS:
        if noun and found[i] in NEW_PHRASE:
            return False  # "the jam my mom made": a second noun phrase, the relative clause's subject
        if noun and found[i] == "POS" and (i + 1 == len(found) or found[i + 1] in NOT_OWNED):
            return True  # "the application's in": no thing of its comes next, so "'s" is "is"
        noun = noun or found[i] in NOUNS
        i += 1
    if not noun:
        return False
    while i < len(found) and found[i] == "RB":
        i += 1  # "the car actually stops now"
    if i >= len(found) or found[i] not in FINITE:
        return False
    after = found[i + 1] if i + 1 < len(found) else ""
    if found[i] == "VBP":
        return tokens(phrase)[i].lower() in PLAIN_PRESENTS  # "dashboard" is a noun the tagger took for a verb
    if found[i] == "VBD" and tokens(phrase)[i].lower().endswith("ed"):
        return after in AFTER_A_PAST  # "my manager drove us", not "the flood damaged ledgers", "forklift
        # certified and ...": a participle describing, which the tagger reads as a past as often as not
    return True


def has_main_verb(phrase: str) -> bool:
    """Whether a word of the phrase before any relative clause ('a sticky note that said ...', 'the man who
    fixed it') is a verb that needs a subject (a past, a present, a modal)."""
    words = tokens(phrase)
    for word, tag in zip(words, tags(phrase)):
        if tag in RELATIVE or word.lower() in ("that", "who", "which", "whose"):
            return False
        if tag in FINITE:
            return True
    return False
