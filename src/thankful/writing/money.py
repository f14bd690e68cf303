"""Money in notes: a personal note never states an amount or says cash/check; a donation receipt must."""

import re
from functools import cache, lru_cache

from thankful.domain import data

from .lazy import lazy_regex

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "MXN": "MX$", "SGD": "S$",
                    "HKD": "HK$", "JPY": "¥", "INR": "₹"}
AMOUNT = lazy_regex(
    r"(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s*(?:dollars|bucks|euros|pounds|usd|eur|gbp)\b)",
    re.I)  # its pattern is also part of the patterns below that name what an amount was for
# Every AMOUNT holds one of these (a sign, or a unit after the number), in lower case: a text with none
# of them needs no search. "eur" also stands for "euros".
AMOUNT_MARKS = ("$", "€", "£", "¥", "₹", "dollars", "bucks", "pounds", "usd", "eur", "gbp")


BANKNOTE = (r"(?:\b(?:a|an|one|two|three|four|five|some|a\s+few|\d+)\s+)?"
            r"(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?\s+(?:bill|note|banknote)s?\b|\b(?:\d[\d,]*|one|two|five|ten|twenty|fifty|hundred)[-\s]dollar\s+bills?\b)")
# Payment turned down: "wouldn't take my $20", "refused the 50 bucks i offered".
PAY_REFUSED = lazy_regex(r"\b((?:wouldn'?t|would not|didn'?t|did not|won'?t|will not|refused to|never)\s+(?:even\s+)?"
                         r"(?:take|accept|let (?:me|us) pay)|refused)\s+(?:even\s+)?(?:the|my|a|our|any|his|her|your)?\s*"
                         + AMOUNT.pattern + r"(?:\s+(?:i|we)\s+offered(?:\s+(?:him|her|them))?)?", re.I)
NOT_EVEN_THE = lazy_regex(r"\b((?:not\s+)?even)\s+(?:the|my|her|his|our|their)\s+" + AMOUNT.pattern, re.I)
MONEY_WORD = lazy_regex(r"\b(?:cash|cheque|check|money)\b", re.I)


IN_THE_CARD = lazy_regex(r"\s+(?:tucked\s+)?in (?:a|the|my|his|her|their|our) (?:christmas |birthday |holiday |graduation |"
                         r"wedding )?card\b", re.I)
SAVED_AMOUNT = lazy_regex(r"\b((?:saved|save|saves|saving)(?: me| us)?)\s+(?:(?:like|about|around|over|almost|nearly)\s+)?"
                          r"(?:[$€£¥₹]\s?\d[\d,.]*k?\b|" + AMOUNT.pattern + ")", re.I)  # "$1.2k" too


@lru_cache(maxsize=1024)  # a batch repeats its facts: the same gift, the same use
def scrub_money(text: str) -> str:
    """Take amounts and the words cash/check out of a personal note's facts, keeping the rest."""
    if not AMOUNT.search(text) and not MONEY_WORD.search(text) and "dollar" not in text.lower():
        return text  # every BANKNOTE holds an AMOUNT or the word "dollar"
    out = NOT_EVEN_THE.sub(r"\1 the money", text)  # "nothing was missing, not even the $20"
    out = PAY_REFUSED.sub(r"\1 any money", out)  # "wouldnt even take the 20 bucks": any money, said without the
    # amount (not "wouldn't even take."); money refused is no gift
    out = re.sub(BANKNOTE, "cash", out, flags=re.I)  # "a $50 bill" is cash, not "the bill"
    out = re.sub(r"\b(?:a|an|the|your)\s+(?=[$€£¥₹\d])", "", out)  # "the $100 check" -> "$100 check"
    out = re.sub(r"\s*\b(?:for|of)\s+(?=[$€£¥₹]\s?\d)", " ", out)
    out = re.sub(r"\b(?:like|about|around|almost|nearly|roughly|over)\s+(?=[$€£¥₹]\s?\d)", "", out, flags=re.I)
    out = SAVED_AMOUNT.sub(r"\1 a lot", out)  # "saved me like $800 on hotels": saved me a lot on hotels
    out = IN_THE_CARD.sub("", out)  # "$100 in a christmas card": the gift, not where it was tucked
    out = AMOUNT.sub("", out)
    if re.search(r"\b(?:cash|cheque|check|money)\b", out, re.I):
        # Only a noun for money: "check in on us" or "check out the garden" are not money.
        out = re.sub(r"\b(?:in\s+)?(?:cash|cheque|(?<!\bany )(?<!\beven the )money)\b", "gift", out, flags=re.I)  # "wouldn't take
        # any money" is a kindness, not a gift
        out = re.sub(r"\bcheck\b(?!\s+(?:in|out|on|up)\b)", "gift", out, flags=re.I)
    out = re.sub(r"\bgift\s+gift\b", "gift", out)
    out = " ".join(out.split()).strip(" ,")
    if not out or out.lower() in ("gift", "a gift", "the gift"):
        return "your generous gift"
    if out.split(" ", 1)[0].lower() == "gift":
        out = "your " + out
    return out


def amount_text(amount: float, currency: str = "USD") -> str:
    """'$300', '$1,250.50', '€40', '300 CHF'."""
    whole = amount == int(amount)
    number = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    return f"{symbol}{number}" if symbol else f"{number} {currency.upper()}"


def goods_value(goods: str) -> float | None:
    """The good-faith value written in the goods-or-services text ('a dinner valued at $80' -> 80; 'two gala
    tickets, dinner valued at $80 each' -> 160). A price "each" with no count to multiply is no value: the
    receipt asks for the total rather than guess it."""
    m = re.search(r"[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*(?:dollars|usd)\b", goods, re.I)
    if not m:
        return None
    value = float((m.group(1) or m.group(2)).replace(",", ""))
    if not EACH.match(goods, m.end()):
        return value
    count = _count(goods[:m.start()] + " " + goods[m.end():])
    return value * count if count else None


EACH = lazy_regex(r"\s*(?:each|apiece|a piece|per (?:ticket|person|head|seat|guest|plate|couple))\b", re.I)
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "a pair of": 2, "a couple of": 2, "both": 2}
COUNT = lazy_regex(r"\b(\d+|" + "|".join(sorted(COUNTS, key=len, reverse=True)) + r")\b", re.I)


def _count(text: str) -> int:
    """How many things a goods text names ('two gala tickets' -> 2), or 0 when it does not say."""
    m = COUNT.search(text)
    if not m:
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() else COUNTS[word]


def goods_statement(goods: str, currency: str = "USD") -> str:
    """The IRS sentence: none were given, only intangible religious benefits, or what was and its value (in
    the gift's currency: "a tote bag valued at CA$15" beside "CA$40")."""
    text = " ".join((goods or "").split()).rstrip(". ")
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), "$")
    if symbol != "$":
        text = re.sub(r"(?<![A-Za-z])\$(?=\s?\d)", symbol, text)
    low = text.lower()
    if not text or low in ("none", "no", "nothing", "n/a", "no goods or services"):
        return "No goods or services were provided in exchange for your contribution."
    if "intangible religious" in low:
        return "You received only intangible religious benefits in exchange for your contribution."
    if low.split(" ", 1)[0] not in _said_bare() and not low[:1].isdigit():
        text = ("an " if low[:1] in "aeiou" else "a ") + text  # "gala dinner valued at $80" -> "a gala dinner ..."
    return f"In exchange for your contribution, you received {text}."


@cache
def _said_bare() -> frozenset[str]:
    """First words after which what a donor received needs no "a": determiners, numbers, "tickets"."""
    words = data.toml("words/grammar.toml")
    return frozenset(" ".join((words["determiners"], words["numbers"], words["goods_said_bare"])).split())


def deductible_text(amount: float, currency: str, goods: str) -> str:
    """'$220': the part of the gift above the good-faith value of what the donor received."""
    value = goods_value(goods or "")
    if not amount or value is None or value >= amount:
        return ""
    return amount_text(amount - value, currency)


def needs_goods_value(goods: str) -> bool:
    """Goods were given but their good-faith value is not written: the IRS requires it."""
    text = (goods or "").strip().lower()
    if not text or text in ("none", "no", "nothing", "n/a") or "intangible religious" in text:
        return False
    return goods_value(text) is None


GIFT_CARD = lazy_regex(r"\bgift (?:card|certificate)s?\b|\bvouchers?\b|\bsavings bonds?\b|\b[A-Z][\w&'’-]* (?:card|gift card)s?\b")  # "Starbucks card"
NAMED_OCCASIONS = ("wedding", "birthday", "graduation", "shower", "baby", "anniversary", "retirement")


# What the money is for, when the gift says: "a gift to the Honeymoon Fund", "a check toward our first home".
PURPOSE = lazy_regex(r"\b(to|toward|towards)\s+((?:the|our|my)\s+)?([^,;]+?)\s*$", re.I)


def money_gift_name(what: str, occasion: str = "") -> str:
    """What a note calls a gift of money: 'the REI gift card' stays ('$40 REI gift card' -> 'REI gift card'), as do a
    voucher and a savings bond (things, named as given: 'a day off + a spa voucher');
    a check, cash or a transfer is 'your generous wedding gift', never its form or its amount, but what it is
    for stays when the gift says ('your generous gift to the Honeymoon Fund')."""
    scrubbed = scrub_money(what)
    if GIFT_CARD.search(scrubbed) and not re.search(r"\b(?:for|of)\s*$", scrubbed):
        return scrubbed
    occasion = occasion if occasion in NAMED_OCCASIONS else ""
    name = f"your generous {occasion + ' ' if occasion else ''}gift"
    purpose = PURPOSE.search(scrubbed)
    if purpose and purpose.group(3).lower() not in ("you", "us", "me", "them"):
        return f"{name} {purpose.group(1).lower()} {(purpose.group(2) or '').lower()}{purpose.group(3)}"
    parts = [part.strip() for part in GIVEN_WITH.split(scrubbed.strip())]
    things = [THE_ONE.sub("the ", part) for part in parts if A_THING.match(part) and not MONEY_LEFT.match(part)] \
        if len(parts) > 1 else []
    return " and ".join((name, *things))  # "a cheque and a bottle of jameson 18": the bottle is named too, or
    # "crack it open" points at the cheque


GIVEN_WITH = lazy_regex(r"^(?:and|\+|&)\s+|\s+(?:and|\+|&)\s+", re.I)
A_THING = lazy_regex(r"(?:a|an|the|some|two|three|\d+)\s+\w", re.I)
MONEY_LEFT = lazy_regex(r"(?:a|an|the|your|some)?\s*(?:generous\s+)?(?:gift|cash|check|cheque|money)", re.I)
THE_ONE = lazy_regex(r"^(?:a|an)\s+", re.I)
