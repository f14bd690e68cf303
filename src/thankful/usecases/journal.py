"""The journal: what sparked gratitude today, the people it mentions, and a note owed to those thanked."""

from __future__ import annotations

import re
from datetime import date

from thankful.domain import validate
from thankful.domain.errors import UsageError
from thankful.domain.model import JournalEntry
from thankful.store import Notebook
from thankful.writing.journal import moment_from_journal

from .capture import record_moment
from .prompts import prompt_for, start_rotation


def mentioned(nb: Notebook, text: str) -> list[str]:
    """Names of people in the notebook that `text` mentions: by full name, greeting, or a first name only
    one person has."""
    return [name for _, name in _mentions(nb, text)]


def _mentions(nb: Notebook, text: str) -> list[tuple[int, str]]:
    folded = text.casefold()

    def says(words: str) -> bool:
        words = words.strip().casefold()
        return bool(words) and re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", folded) is not None

    people = nb.people.names()
    firsts: dict[str, int] = {}
    for _, name, _ in people:
        first = name.split()[0].casefold() if name.split() else ""
        firsts[first] = firsts.get(first, 0) + 1
    found = []
    for pid, name, call in people:
        first = name.split()[0] if name.split() else ""
        if says(name) or says(call) or (firsts.get(first.casefold()) == 1 and len(first) > 1 and says(first)):
            found.append((pid, name))
    return found


def check_names(nb: Notebook, names: list[str]) -> list[str]:
    """The names, tidied; a UsageError now (before anything is written) if one could mean several people."""
    tidy = [" ".join(n.split()) for n in names if n and n.strip()]
    for name in tidy:
        nb.people.find(name)
    return tidy


def write_entry(nb: Notebook, text: str, *, today: date, thank: list[str] = (), prompt: str | None = None) -> dict:
    """Save a journal entry for `today` (answering today's prompt unless `prompt` is given).

    The people in `thank` get a moment read from the entry ("Priya left soup on my doorstep" is a favor:
    "leaving soup on my doorstep") and an owed note each, in the same transaction; other people the text
    mentions are linked to the entry. Returns the entry with its notes.
    """
    text = validate.text(text, "journal entry").strip()
    if not text:
        raise UsageError("the journal entry is empty; write what sparked your gratitude")
    prompt = prompt or prompt_for(nb, today)
    thank = [name for name in thank if name and name.strip()]
    with nb.transaction(f"journal entry {today.isoformat()}"):  # an unknown kind or an ambiguous name leaves no entry behind either
        start_rotation(nb, today)
        notes, moment_id, people = [], None, []
        if thank:
            read = moment_from_journal(text, " and ".join(thank), on=today)
            facts = {name: read[name] for name in ("what", "use") if read.get(name)}
            moment, notes = record_moment(nb, read["kind"], thank, facts, on=today, today=today)
            moment_id, people = moment.id, moment.givers
        entry = nb.journal.add(JournalEntry(day=today.isoformat(), text=text, prompt=prompt,
                                                     moment_id=moment_id), people)
        thanked = {p.id for p in people}
        also = [(pid, name) for pid, name in _mentions(nb, text) if pid not in thanked]
        nb.journal.link_people(entry.id, [pid for pid, _ in also])
    return {"entry": entry.id, "day": entry.day, "text": entry.text, "prompt": entry.prompt, "moment": moment_id,
            "people": [p.name for p in people] + [n for _, n in also], "thanked": [p.name for p in people],
            "mentioned": [n for _, n in also],
            "notes": [{"note": n.id, "to": p.name} for n, p in zip(notes, people)]}


def journal(nb: Notebook, *, since: date | None = None, search: str | None = None) -> list[dict]:
    """Journal entries oldest first, from `since`; `search` matches the text, the prompt or a person's name
    (any case)."""
    entries = nb.journal.entries(since=since.isoformat() if since else None)
    if search and search.strip():
        needle = " ".join(search.split()).casefold()
        entries = [e for e in entries
                   if needle in " ".join([e.text, e.prompt, *e.people]).casefold()]
    return [{"entry": e.id, "day": e.day, "prompt": e.prompt, "text": e.text, "people": e.people,
             "moment": e.moment_id} for e in entries]
