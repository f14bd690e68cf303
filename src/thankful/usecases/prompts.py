"""Today's question: the article's own question first, then the prompts of data/prompts.toml in a
rotation that never asks the same one two days running."""

from __future__ import annotations

import zlib
from datetime import date

from thankful.domain import data
from thankful.domain.errors import ThankfulError
from thankful.store import Notebook

FIRST_PROMPT = "What moments sparked your gratitude today?"


def prompts() -> tuple[tuple[str, str], ...]:
    """(id, text) of each prompt in data/prompts.toml, in file order (the article's question first)."""
    try:
        items = data.toml("prompts.toml").get("prompts", [])
    except (OSError, ValueError) as e:
        raise ThankfulError(f"cannot read the prompts in {data.path('prompts.toml')}: {e}; fix the file") from None
    pairs = tuple((str(p.get("id", "")), " ".join(str(p.get("text", "")).split())) for p in items)
    # The rotation's no-repeat swaps need three prompts, and its order is derived from the ids.
    if len(pairs) < 3 or not all(i and t for i, t in pairs) or len({i for i, _ in pairs}) != len(pairs):
        raise ThankfulError(f"{data.path('prompts.toml')} needs at least three prompts, each with a unique id "
                            "and a text; fix the file")
    return pairs


def _round_order(cycle: int, ids: tuple[str, ...]) -> list[int]:
    """Round 0 asks the prompts in file order; every other round in an order shuffled by a stable hash."""
    if cycle == 0:
        return list(range(len(ids)))
    return sorted(range(len(ids)), key=lambda i: (zlib.crc32(f"{cycle}:{ids[i]}".encode()), i))


def _round(cycle: int, ids: tuple[str, ...]) -> list[int]:
    """One round of the rotation, its ends swapped where they would repeat the neighbouring round's end.

    Rounds after 0 only ever swap their first two, rounds before 0 their last two, so a neighbour's
    touching end is always its unswapped order's: no recursion, O(1) per day.
    """
    order = _round_order(cycle, ids)
    if cycle > 0 and order[0] == _round_order(cycle - 1, ids)[-1]:
        order[0], order[1] = order[1], order[0]
    elif cycle < 0 and order[-1] == _round_order(cycle + 1, ids)[0]:
        order[-1], order[-2] = order[-2], order[-1]
    return order


def prompt_on(day: date, anchor: date, items: tuple[tuple[str, str], ...] | None = None) -> str:
    """The prompt for `day` in a rotation that began on `anchor` (the first prompt): a pure function of the
    two dates, each prompt once a round, never the same two days running."""
    items = items or prompts()
    ids = tuple(i for i, _ in items)
    cycle, position = divmod((day - anchor).days, len(items))
    return items[_round(cycle, ids)[position]][1]


def prompt_for(nb: Notebook, today: date) -> str:
    """Today's question for this notebook: the article's question on the first day, then the rotation."""
    anchor = nb.journal.prompt_anchor()
    return prompt_on(today, date.fromisoformat(anchor) if anchor else today)


def start_rotation(nb: Notebook, today: date) -> None:
    """Fix the day the rotation counts from (once), so an unanswered question still moves on tomorrow."""
    with nb.transaction(undoable=False):  # housekeeping, part of a change only when one is under way
        nb.journal.set_prompt_anchor(nb.journal.prompt_anchor() or today.isoformat())
