"""A product title pasted from a registry, read as what a person would say: "KitchenAid Artisan 5-Qt Stand
Mixer - Pistachio" is "a stand mixer", and "Pistachio" its colour. The words come from data/words/products.toml
(marketing words, colours) and the lexicon (which words are plain English)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from thankful.domain import data

from . import inflection, lexicon
from .lazy import lazy_regex

PARENTHESES = lazy_regex(r"\s*\([^)]*\)")
SEPARATORS = lazy_regex(r"\s+[-–—|]\s+|,\s+")
CODE = lazy_regex(r"\d")  # "5-Qt", "14-Cup", "DFP-14BCNY", "0-3M", "V8": sizes and model numbers
MAKER = lazy_regex(r"\s+by\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")
JOINED = lazy_regex(r"\s+(?:&|and|\+|with)\s+", re.I)
LONGEST = 4  # words kept of a product's plain name: "cast iron Dutch oven"


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(data.toml("words/products.toml")[name].split())


@lru_cache(maxsize=1024)
def read_title(text: str) -> tuple[str, str] | None:
    """(what, colour) for a product title: ('a stand mixer', 'pistachio'), ('swaddles', ''); None when the text
    is not a product title (a person's own words: 'a tiny Raiders onesie', '$40 REI gift card')."""
    if not looks_like_title(text):
        return None
    main, *attributes = SEPARATORS.split(PARENTHESES.sub("", text).strip())
    brand = main.split()[0]
    if brand.lower() in _words("named_by_brand"):
        return _a(brand), _colour(attributes)  # "Vitamix 5200 Blender ..., Black": a black Vitamix
    main = MAKER.sub("", main)  # "... Machine by Breville"
    if main.split()[-1].lower() in _words("bundle_words") and JOINED.search(main):
        return _a(JOINED.split(main, maxsplit=1)[0]), _colour(attributes)  # "Nintendo Switch 2 + Mario Kart World
        # Bundle": the first of the things bundled, by its name
    main = WITH_PART.split(main, maxsplit=1)[0]  # "Mixing Bowl Set w/ Non-Slip Bottoms": the set, not its bottoms
    main = WHAT_IT_DOES.split(main, maxsplit=1)[0]  # "Air Fryer that Crisps, Roasts ...": the air fryer
    left, *right = JOINED.split(main, maxsplit=1)
    # "Baby Monitor & Floor Stand": the monitor; "Coffee and Espresso Machine": one machine
    name = left if right and len(_plain_name(left)) > 1 else main.replace(" & ", " and ")
    several = bool(re.search(r"\d+\s*-?\s*(?:" + "|".join(_words("several")) + r")\b|\bset of \d+", text, re.I))
    plain = _plain_name(SET_OF.sub("", name)) or _product_name(name)  # "Glass Mixing Bowls Set of 4": the bowls
    if not plain:
        return None
    head = plain[-1]
    several = several or head.lower() in _words("worn_in_pairs")  # "Classic Short II Boot": a pair of boots
    if several and (not head.endswith("s") or head.endswith("ss")) and head not in _words("several"):
        plain[-1] = _plural(head)
    what = " ".join(plain)
    if (several and plain[-1] != head) or _always_plural(plain[-1]):
        return what, _colour(attributes)  # "headphones", "3 swaddles": never "a headphones"
    return _a(what), _colour(attributes)


WITH_PART = lazy_regex(r"\s+(?:w/|with)\s+", re.I)
WHAT_IT_DOES = lazy_regex(r"\s+(?:that|which)\s+[A-Z]")  # the shop's sentence after the name, in title case
SET_OF = lazy_regex(r",?\s*\b(?:set|pack) of \d+\b", re.I)


def _always_plural(word: str) -> bool:
    """'headphones', 'scissors', 'earbuds': a thing named only in the plural (no 'a' before it)."""
    low = word.lower()
    return low in _always_plural_words() or (low.endswith("s") and not low.endswith(("ss", "us", "is"))
                                             and bool(inflection.engine().singular_noun(low)))


@cache
def _always_plural_words() -> frozenset[str]:
    return frozenset(data.toml("words/grammar.toml")["always_plural"].split())


def looks_like_title(text: str) -> bool:
    """Mostly capitalised words, with a size, a model number or a ' - ' attribute: a catalogue's title. One typed
    in lower case is a title too when it has a colour after a dash or a size ('le creuset dutch oven - cerise',
    'yeti tumbler 20 oz')."""
    words = [w for w in re.findall(r"[\w'’.-]+", PARENTHESES.sub("", text)) if w[:1].isalpha()]
    if len(words) < 3:
        return False
    if text[:1].islower():
        return _typed_title(text)
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in ("and", "of", "with", "for", "in"))
    marked = bool(CODE.search(text)) or bool(SEPARATORS.search(text)) or "(" in text
    if capitalised / len(words) < 0.7:
        return _typed_title(text)  # "Pottery Barn quilt - queen - navy"
    return marked or (len(words) >= 5 and words[-1].lower() in _thing_heads()  # "Baby Brezza ... Dispenser Machine"
                      and words[-1].lower() not in containers())  # "... Riviera Pears Gift Box": the pears are the gift


@cache
def containers() -> frozenset[str]:
    """What holds a gift rather than being it (data/words/grammar.toml)."""
    return frozenset(data.toml("words/grammar.toml")["containers"].split())


@cache
def _thing_heads() -> frozenset[str]:
    return frozenset(data.toml("words/grammar.toml")["thing_heads"].split())


DASHED = lazy_regex(r"\s+[-–—|]\s+")
# ("3 in one weekend" is no size: "in" counts as inches only before the end or a dash)
SIZE = lazy_regex(r"\b\d+(?:\.\d+)?\s*-?\s*(?:qt|quart|oz|ounce|inch|in(?=\s*(?:$|[-,x]))|cup|piece|pack|pc|ct|count|l|ml|"
                  r"gallon)s?\b", re.I)


def _typed_title(text: str) -> bool:
    """'le creuset dutch oven - cerise', 'instant pot duo 6 qt': a title a person typed in lower case. A phrase
    of their own ('a scarf - my fav color', 'a $50 gift card') is not."""
    if "$" in text or text.split(" ", 1)[0] in ("a", "an", "the", "some", "my", "our", "his", "her", "their"):
        return False
    main, *attributes = DASHED.split(text)
    return bool(attributes and _colour(attributes)) or bool(SIZE.search(main))


def _plain_name(name: str) -> list[str]:
    return _plain_words(name, typed=any(w[:1].islower() for w in name.split()[1:] if w[:1].isalpha()))


def _plain_words(name: str, typed: bool) -> list[str]:
    """What a person calls the thing: the plain English words the name ends with, less the brand (its first
    word), sizes, marketing and describing words: 'Cuisinart 14-Cup Food Processor' -> ['food', 'processor'];
    'Halo SleepSack Swaddle 3-Pack' -> ['swaddle']; 'Le Creuset Enameled Cast Iron Dutch Oven' -> ['Dutch', 'oven']."""
    brand = next((b for b in _words_list("brands") if name.lower().startswith(b + " ")), "")
    if brand:
        name = brand.replace(" ", "") + name[len(brand):]  # "Skip Hop Activity Gym": one brand, never "the hop gym"
    models = _model_names(name.split())
    tokens = _without_sizes(name.split())
    run: list[str] = []
    for at in range(len(tokens) - 1, 0 if len(tokens) > 2 else -1, -1):
        token = tokens[at]
        low = token.lower()
        if token in models and run:
            break  # "Vista V2 Stroller": "Vista" names the model, the stroller is what it is
        if low in _words("marketing") or (not run and "-" in token and all(
                lexicon.parts(part) for part in low.split("-"))):
            if run:
                break
            continue  # "Professional-Grade", "Dishwasher-Safe" after the noun: what the shop says of it
        if not run and not any(c.isupper() for c in token[1:]):
            run.insert(0, low)  # a name ends with its noun, known or not ("Processor")
            continue
        if low == "and" and run:
            run.insert(0, low)  # "coffee and espresso machine"
            continue
        if typed and token[:1].isupper() and run and not _proper_adjective(low):
            break  # "Pottery Barn quilt": typed in lower case but for the brand
        if not _plain(token):
            if len(run) == 1 and run[0] in _words("generic_heads") and not any(c.isupper() for c in token[1:]):
                run.insert(0, low)  # "Duvet Cover": a cover, of a kind the lexicon does not know
            break
        run.insert(0, (lexicon.proper(low) or token) if _proper_adjective(low) else low)
    while len(run) > 1 and (_describes(run[0]) or run[0] == "and"):
        run.pop(0)  # "electric pressure cooker" -> "pressure cooker"; "Wireless Noise Canceling Headphones"
    return run if len(run) <= 3 else run[-2:]


@cache
def _words_list(name: str) -> tuple[str, ...]:
    return tuple(data.toml("words/products.toml")[name])


def _product_name(name: str) -> list[str]:
    """'Apple AirPods Pro' -> ['AirPods']: with no plain word to say, the product's own name (never the brand,
    its first word, nor a marketing word)."""
    tokens = [t for t in _without_sizes(name.split()[1:]) if t.lower() not in _words("marketing")]
    named = [t for t in tokens if any(c.isupper() for c in t[1:])]
    return named[-1:] if named else []


def _model_names(tokens: list[str]) -> set[str]:
    """Words right before a model number ('Vista' in 'Vista V2'): names, not what the thing is."""
    return {tokens[i] for i in range(len(tokens) - 1) if CODE.search(tokens[i + 1]) and not CODE.search(tokens[i])
            and tokens[i + 1].lower().rstrip(".") not in _words("units")
            and (not re.match(r"^\d", tokens[i + 1])
                 or (i + 2 < len(tokens) and tokens[i + 2].lower().rstrip(".") in _words("units")))}
    # "Rambler 20 oz Tumbler": a name before a size is the model's


def _without_sizes(tokens: list[str]) -> list[str]:
    kept, after_number = [], False
    for token in tokens:
        if CODE.search(token):
            after_number = True
            continue
        if after_number and token.lower().rstrip(".") in _words("units"):
            continue
        after_number = False
        kept.append(token)
    return kept


def _plain(token: str) -> bool:
    """A word of ordinary English ('Stand', 'Mixer', 'Dutch'), not a brand or a product line ('SleepSack')."""
    if any(c.isupper() for c in token[1:]):
        return False
    low = token.lower()
    return bool(lexicon.parts(low)) or _proper_adjective(low)


def _proper_adjective(low: str) -> bool:
    """'dutch' -> 'Dutch oven': a capitalised adjective, not a brand the lexicon happens to know ('Dyson')."""
    spelled = lexicon.proper(low)
    return bool(spelled) and "ADJ" in lexicon.parts(spelled)


def _describes(word: str) -> bool:
    """A word that only describes ('electric', 'cordless', 'enameled'): the thing is named without it."""
    pos = set(lexicon.parts(word.lower()))
    return bool(pos) and "NOUN" not in pos and not word[:1].isupper()


def _colour(attributes: list[str]) -> str:
    for attribute in attributes:
        words = [w.lower() for w in attribute.split()]
        if words and any(w in _words("colours") for w in words) and not CODE.search(attribute):
            return _plain_colour(words)
    return ""


def _plain_colour(words: list[str]) -> str:
    """'empire red' -> 'red', 'white smoke' -> 'white': a shop's name for a colour, said as people say it;
    'gray stars' (a pattern), 'midnight blue' and 'cerise' stay whole; 'forest friends' is no colour at all
    ('forest' is one only beside a plain colour, or alone)."""
    other = [w for w in words if w not in _words("colours")]
    basic = [w for w in words if w in _words("basic_colours")]
    if not other:
        return " ".join(words)
    if not basic:
        return ""
    if all(w.endswith("s") and not w.endswith("ss") for w in other):
        return " ".join(words)  # "gray stars"
    return " ".join(w for w in words if w in _words("colours"))


def _plural(noun: str) -> str:
    forms = lexicon.parts(noun)
    if "NOUN" in forms:
        return inflection.plural(noun)
    return noun + "s"


def _a(phrase: str) -> str:
    return inflection.a(phrase)


def with_colour(what: str, colour: str) -> str:
    """'a stand mixer' in 'pistachio' -> 'a pistachio stand mixer'; 'swaddles' in 'gray stars' -> 'swaddles in
    gray stars' (a pattern, said after the thing)."""
    if not colour:
        return what
    article, _, name = what.partition(" ")
    if article.lower() not in ("a", "an"):
        article, name = "", what
    if colour.split()[-1] in _words("colours"):
        named = f"{colour} {name}"
        return _a(named) if article else named
    return f"{what} in {colour}"


def colours() -> frozenset[str]:
    """The colour words a product's attribute is read by (data/words/products.toml)."""
    return _words("colours")


def colour_detail(colour: str) -> str:
    """'pistachio' -> 'the pistachio color'; 'gray stars' -> 'the gray stars'."""
    last = colour.split()[-1]
    return f"the {colour} color" if last in _words("colours") else f"the {colour}"
