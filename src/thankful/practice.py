"""Practice: the gratitude journal (and, as it grows, prompts, nudges, streaks)."""

from __future__ import annotations

from datetime import date

from .capture import record_moment
from .errors import UsageError
from .model import JournalEntry
from .store import Notebook
from .store import records as db

FIRST_PROMPT = "What moments sparked your gratitude today?"


def write_entry(nb: Notebook, text: str, *, today: date, thank: list[str] = (), prompt: str = FIRST_PROMPT) -> dict:
    """A journal entry for today; each person in `thank` also gets a gratitude moment and an owed note."""
    text = (text or "").strip()
    if not text:
        raise UsageError("the journal entry is empty; write what sparked your gratitude")
    with nb.transaction() as conn:
        notes = []
        moment_id = None
        people = []
        if thank:
            moment, notes = record_moment(nb, "gratitude", list(thank), {"what": text}, on=today, today=today)
            moment_id, people = moment.id, moment.givers
        entry = db.insert_journal(conn, JournalEntry(day=today.isoformat(), text=text, prompt=prompt,
                                                     moment_id=moment_id), people)
    return {"entry": entry.id, "day": entry.day, "text": entry.text, "prompt": entry.prompt, "moment": moment_id,
            "people": entry.people, "notes": [{"note": n.id, "to": p.name} for n, p in zip(notes, people)]}
