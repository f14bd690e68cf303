"""What people type is read before a draft uses it (writing/typed.py): only what is unmistakable changes."""

import pytest

from thankful.writing.typed import given_name_sex, tidy, tidy_org, tidy_person


@pytest.mark.parametrize("typed, read", [
    ("im useing it for my tea every morning lol", "I'm using it for my tea every morning"),
    ("cant wait to see you at easter", "can't wait to see you at Easter"),
    ("you didnt even tell the team it was a favor", "you didn't even tell the team it was a favor"),
    ("the one where ur cat knocks over the plant", "the one where your cat knocks over the plant"),
    ("ur the best", "you're the best"),
    ("its folded over the rocking chair", "it's folded over the rocking chair"),
    ("its own lid", "its own lid"),
    ("monogrammed towels + the robe", "monogrammed towels and the robe"),
    ("she says she might take calculus next year!!", "she says she might take calculus next year"),
    ("wore the robe all sunday morning", "wore the robe all Sunday morning"),
    ("saving it for new years eve", "saving it for New Year's Eve"),
    ("i speak spanish and some tagalog", "I speak Spanish and some Tagalog"),
    ("a lego castle from rei", "a Lego castle from REI"),
    ("when i had covid", "when I had COVID"),
    ("mowed our lawn every week since ray passed", "mowed our lawn every week since Ray passed"),
    ("rosa braided her hair", "Rosa braided her hair"),
    ("mom went home smiling", "Mom went home smiling"),
    ("you learned to make my grandmas pozole", "you learned to make my grandma's pozole"),
    ("she got peanuts floppy ear exactly right", "she got Peanut's floppy ear exactly right"),
    ("why riders cancel after there first winter", "why riders cancel after their first winter"),
])
def test_typed_text_is_read(typed, read):
    assert tidy(typed) == read


@pytest.mark.parametrize("kept", [
    "the ray of light", "my mom went home", "a chai latte", "the backlog of state grant reports",
    "a jar of peanuts", "we went there last week", "the fado records after dinner", "mid sentence",
])
def test_nothing_else_changes(kept):
    assert tidy(kept) == kept


def test_the_moments_own_names_take_their_spelling():
    assert tidy("paulo's pastéis de nata", ("Ines and Paulo Ferreira",)) == "Paulo's pastéis de nata"
    assert tidy("the nurses on 5 west took care of mom", ("the nurses on 5 West",)).startswith("the nurses on 5 West")


def test_organisations_and_people_typed_in_lower_case():
    assert tidy_org("city of oakdale parks dept") == "City of Oakdale Parks Department"
    assert tidy_org("Pacific Freight Co.") == "Pacific Freight Co."
    assert tidy_person("the brennans") == "the Brennans"
    assert tidy_person("aunt deb") == "Aunt Deb"
    assert tidy_person("my team at fenwick") == "my team at Fenwick"
    assert tidy_person("the neighbors") == "the neighbors"


def test_given_names_know_who_is_ms_or_mr_and_who_is_asked():
    assert given_name_sex("Angela") == "female" and given_name_sex("harold") == "male"
    assert given_name_sex("Jordan") == "either" and given_name_sex("Blorfina") == ""
