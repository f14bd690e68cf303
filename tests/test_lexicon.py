"""The lexicon reads lemminflect's own tables: its answers are lemminflect's (checked here against its API)."""

import random

import lemminflect
import pytest

from thankful.writing import lexicon


def _lowercase_words(n: int) -> list[str]:
    text = lexicon._table("lemma_lu.csv.gz")
    words = sorted({line.split(",", 1)[0] for line in text.split("\n") if line[:1].islower()})
    return random.Random(11).sample(words, n)


def test_parts_of_speech_agree_with_lemminflect():
    disagree = []
    for word in _lowercase_words(1500):
        mine = {pos: set(lemmas) for pos, lemmas in lexicon.parts(word).items()}
        theirs = {pos: set(lemmas) for pos, lemmas in lemminflect.getAllLemmas(word).items()}
        if mine != theirs:
            disagree.append(word)
    assert len(disagree) <= 2, disagree  # lemminflect's overrides change one or two spellings ("okay": "OK")


def test_verb_forms_agree_with_lemminflect():
    verbs = [w for w in _lowercase_words(3000) if lexicon.lemma(w) and w == lexicon.lemma(w)][:400]
    assert len(verbs) > 100
    for verb in verbs:
        theirs = lemminflect.getAllInflections(verb, upos="VERB")
        for tag in ("VBD", "VBG", "VBZ"):
            if tag in theirs and verb not in ("fit", "zinc", "okay"):  # lemminflect's overrides
                assert lexicon.verb_forms(verb).get(tag) in theirs[tag], (verb, tag)


@pytest.mark.parametrize("word, past", [("mowed", True), ("left", True), ("drove", True), ("covers", False),
                                        ("shoveled", True), ("make", False), ("is", False)])
def test_a_simple_past(word, past):
    assert lexicon.is_past(word) is past


def test_a_gerund_from_any_form_and_unknown_words_are_not_guessed():
    assert lexicon.gerund("visit") == "visiting" and lexicon.gerund("left") == "leaving"
    assert lexicon.gerund("blorf") is None
    assert lexicon.parts("blorf") == {}


@pytest.mark.parametrize("word, spelled", [("reno", "Reno"), ("easter", "Easter"), ("spanish", "Spanish"),
                                           ("june", "June"), ("ray", None), ("march", None), ("blorf", None)])
def test_names_the_lexicon_knows_only_capitalised(word, spelled):
    assert lexicon.proper(word) == spelled
