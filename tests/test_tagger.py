"""The part-of-speech tagger: the installed model read in place, and the two questions the grammar asks of it."""

import pytest

from thankful.writing import tagger
from thankful.writing.compose import grammar as g


def test_the_model_tags_a_phrase_in_context():
    assert tagger.tags("my first novel comes out in January") == ("PRP$", "JJ", "NN", "VBZ", "RP", "IN", "NNP")
    assert tagger.tags("the kids still talk about it")[3] == "VBP"


def test_contractions_are_split_as_the_model_was_trained():
    assert tagger.tokens("she didn't know it's here") == ("she", "did", "n't", "know", "it", "'s", "here")


@pytest.mark.parametrize("phrase, clause", [
    ("my first novel comes out in january", True),   # "comes" is a noun to the lexicon too
    ("my manager picked me up at 5", True),
    ("the jam my mom made", False),                   # a relative clause: a second noun phrase before the verb
    ("the flood damaged ledgers", False),             # a participle describing the ledgers
    ("the little card tucked inside", False),
    ("the readmissions dashboard you're rebuilding", False),  # "dashboard" is no verb
    ("wear it on my walks", False),                   # no subject
    ("the application's in", True),                   # no thing of the application's follows: "'s" is "is"
    ("my mom's recipe", False),
])
def test_a_subject_then_its_verb(phrase, clause):
    assert tagger.subject_then_verb(phrase) is clause


@pytest.mark.parametrize("phrase, verb", [
    ("the karaoke, never speak of it", False),
    ("a sticky note that said you got this", False),  # the verb is the relative clause's
    ("the kids loved it", True),
])
def test_a_verb_of_its_own(phrase, verb):
    assert tagger.has_main_verb(phrase) is verb


def test_the_grammar_asks_the_tagger_where_its_lists_cannot_tell():
    assert g.shape("my first novel comes out in january", "np") == "clause"
    assert g.shape("the karaoke, never speak of it", "np") == "np"
    assert g.shape("the jam my mom made", "np") == "np"
