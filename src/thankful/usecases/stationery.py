"""Stationery: boxes of cards, what is left, and the card each printed or handwritten note uses."""

from __future__ import annotations

import re
from datetime import date

from thankful import channels
from thankful.domain.errors import UsageError
from thankful.domain.validate import line, read_count
from thankful.store import Notebook

LOW_STOCK = 3  # this many cards or fewer is worth a mention
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
MAX_BOX = 10_000


def parse_stationery(text: str) -> tuple[int, str, str]:
    """(count, size, description) from words like "12 A2 letterpress cards", "a dozen 4x6 postcards",
    "box of 10 A6 cards". The description keeps the words as typed, less the count."""
    words = line(text, "stationery")
    if not words:
        raise UsageError('describe the stationery, e.g. "12 A2 letterpress cards"')
    size_re = re.compile(r"(?<![\w.])(A\d{1,2}|\d+(?:\.\d+)?\s*[x×]\s*\d+(?:\.\d+)?)(?![\w.])", re.I)
    size_match = size_re.search(words)
    size = size_key(size_match[1]) if size_match else ""
    masked = size_re.sub(lambda m: "#" * len(m[0]), words)  # so the 4 of "4x6" is never read as a count
    count, span = _count_in(masked)
    if count is None:
        raise UsageError(f"how many cards are in {words!r}? put the number first, e.g. \"12 A2 letterpress cards\"")
    if masked[:span[0]].rstrip().endswith(("-", "\u2212")):  # "-5 cards": a box never holds fewer than none
        count = -count
    if not 0 < count <= MAX_BOX:
        raise UsageError(f"a box of {count} cards? give a number from 1 to {MAX_BOX}")
    description = " ".join((words[:span[0]] + " " + words[span[1]:]).split()).strip(" ,;:-")
    description = re.sub(r"^(?:a\s+)?(?:box|pack|set|stack)\s+of\s+", "", description, flags=re.I) or "cards"
    return count, size, description


def size_key(text: str) -> str:
    """A card size written one way: "a2" -> "A2", "4 X 6" / "4×6" -> "4x6"."""
    return "".join(text.split()).upper().replace("×", "x").replace("X", "x")


def _count_in(text: str) -> tuple[int | None, tuple[int, int]]:
    dozen = re.search(r"\b(?:(half)\s+a|(a|one|two|three|four|\d+))?\s*dozen\b", text, re.I)
    digits = re.search(r"(?<![\w.#])(\d+)(?![\w.#])", text)
    spelled = re.search(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", text, re.I)
    candidates = []
    if dozen:
        how = (dozen[1] or dozen[2] or "a").lower()
        n = 6 if how == "half" else 12 * (int(how) if how.isdigit() else _NUMBER_WORDS.get(how, 1))
        candidates.append((dozen.start(), n, dozen.span()))
    if digits:
        candidates.append((digits.start(), int(digits[1]), digits.span()))
    if spelled:
        candidates.append((spelled.start(), _NUMBER_WORDS[spelled[1].lower()], spelled.span()))
    if not candidates:
        return None, (0, 0)
    # The first number written is the count; "two dozen" beats the "two" inside it.
    _, n, span = min(candidates, key=lambda c: (c[0], c[2][0] - c[2][1]))
    return n, span


def add_box(nb: Notebook, text: str, *, today: date) -> dict:
    """Record a new box ("12 A2 letterpress cards"); returns the box and the stock after it."""
    count, size, description = parse_stationery(text)
    with nb.transaction(f"add stationery {count} {description}"):
        box_id = nb.stationery.add_box(description, size, count, today.isoformat())
    box = {"id": box_id, "description": description, "size": size, "count": count, "remaining": count,
           "added": today.isoformat()}
    return {"box": box, "stock": stationery_stock(nb)}


def stationery_stock(nb: Notebook) -> dict:
    """Boxes (oldest first) with what remains, the total, how many open notes travel by card, and whether
    stock is low enough to mention. People who never record stationery are never told it is low."""
    boxes = nb.stationery.boxes()
    remaining = sum(b["remaining"] for b in boxes)
    by_channel = nb.notes.open_by_channel()
    needed = sum(count for name, count in by_channel.items() if uses_card(name))
    low = bool(boxes) and (remaining <= LOW_STOCK or remaining < needed)
    return {"boxes": boxes, "remaining": remaining, "needed": needed, "low": low,
            "message": _stock_message(remaining, needed) if low else None}


def _stock_message(remaining: int, needed: int) -> str:
    """'2 cards left', 'No cards left for 3 notes owed by card' (each face says how to add a box)."""
    cards = "No cards left" if remaining == 0 else f"{remaining} card{'s' * (remaining != 1)} left"
    if needed > remaining:
        cards += f" for {needed} note{'s' * (needed != 1)} owed by card"
    return cards


def use_card(nb: Notebook, *, on: date, note_id: int | None = None, size: str | None = None,
             how: str = "") -> dict | None:
    """Count one card as used (printed or written by hand) and return the use; None when no stationery is
    recorded or none is left (sending never fails for want of a count).

    A note uses one card however often it is printed or marked sent: a second call for the same note
    returns the first use. With a `size` ("A2", "4x6", "letter"), the card comes from a box of that size,
    else from a box whose size was never said; never from a box of another size (a letter page printed at
    home takes no A2 card). Without one, the oldest box with cards left is used first.
    """
    with nb.transaction(f"card for #{note_id}" if note_id is not None else "use a card"):
        if note_id is not None:
            earlier = nb.stationery.use_for_note(note_id)
            if earlier:
                return {**earlier, "already": True}
        boxes = nb.stationery.boxes(in_stock=True)
        if not boxes:
            return None
        box = _box_for(boxes, size_key(size or ""))
        if box is None:
            return None
        use_id = nb.stationery.use(box["id"], note_id, on.isoformat(), how)
    return {"id": use_id, "stationery_id": box["id"], "note_id": note_id, "used_on": on.isoformat(), "how": how,
            "description": box["description"], "remaining": box["remaining"] - 1, "already": False}


def _box_for(boxes: list[dict], size: str) -> dict | None:
    """The box a card of `size` comes from (boxes oldest first): that size, else one of no stated size."""
    if not size:
        return boxes[0]
    return (next((b for b in boxes if size_key(b["size"]) == size), None)
            or next((b for b in boxes if not b["size"]), None))


def use_cards(nb: Notebook, count: int, *, on: date, how: str = "by hand") -> list[dict]:
    """Count `count` cards used outside the notebook (a note written without recording it), all or none."""
    count = read_count(count, "number of cards", most=MAX_BOX)
    with nb.transaction(f"use {count} card{'s' * (count != 1)}"):
        left = stationery_stock(nb)["remaining"]
        if left < count:
            have = "no cards left" if not left else f"only {left} card{'s' * (left != 1)} left"
            raise UsageError(f"{have} to use; record a new box first", what="stationery")
        return [use_card(nb, on=on, how=how) for _ in range(count)]


def uses_card(channel_name: str) -> bool:
    """Whether notes that travel this way take a card from the stationery count."""
    try:
        return channels.channel(channel_name).uses_card
    except UsageError:  # a channel no longer registered: it takes no card
        return False
