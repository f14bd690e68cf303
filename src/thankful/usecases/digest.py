"""The reminder digest: what is overdue and due soon, Wednesday's suggestions, stationery, the streak and
today's question, as data, as text, and as an email to yourself."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from thankful.channels.email.smtp import send_to_self
from thankful.domain.dates import weeks_text
from thankful.store import Notebook

from . import configuration, nudges, prompts, stationery, stats


def digest(nb: Notebook, today: date) -> dict:
    """Everything a daily reminder says: overdue and due-soon notes, Wednesday's suggestions, stationery,
    the streak and today's question."""
    n = nudges.nudge(nb, today)
    stock = stationery.stationery_stock(nb)
    streak = stats.compute(nb, today)["streak"]
    return {"today": today.isoformat(), **n, "prompt": prompts.prompt_for(nb, today),
            "stationery": stock["message"], "streak": {"current": streak["current"], "longest": streak["longest"]}}


def email_digest(nb: Notebook, d: dict, *, env: Mapping[str, str] | None = None) -> dict:
    """Email the digest `d` to yourself (the sender of the mail settings). Returns where it went, its subject
    and Message-ID; ThankfulError (or UsageError for missing settings) when it cannot go."""
    settings = configuration.smtp_settings(nb, env)
    subject = digest_subject(d)
    message_id = send_to_self(settings, subject, digest_text(d))
    return {"to": settings.sender_address, "subject": subject, "message_id": message_id}


def digest_subject(d: dict) -> str:
    parts = []
    if d["overdue"]:
        parts.append(f"{len(d['overdue'])} overdue")
    if d["due_soon"]:
        parts.append(f"{len(d['due_soon'])} due soon")
    if d["wednesday"] and d["suggestions"]:
        parts.append("it's Wednesday")
    return "Thankful: " + (", ".join(parts) if parts else "nothing due") + f" ({d['today']})"


def digest_text(d: dict) -> str:
    """The digest as plain text, for a terminal, cron's mail or an email to yourself."""
    day = date.fromisoformat(d["today"])
    lines = [f"Thankful — {day.strftime('%A, %B')} {day.day}", ""]
    for title, notes in (("Overdue", d["overdue"]), ("Due soon", d["due_soon"])):
        if notes:
            lines.append(f"{title} ({len(notes)})")
            lines += [f"  #{n['note']} {n['to']}: {n['label'] or n['kind']} (due {n['due']})" for n in notes]
            lines.append("")
    if not d["overdue"] and not d["due_soon"]:
        lines += ["Nothing due this week.", ""]
    if d["suggestions"]:
        lines.append("It's Wednesday: thank someone just because" if d["wednesday"] else "Someone to thank just because")
        lines += [f"  {s['person']} ({s['reason']})" for s in d["suggestions"]]
        lines.append("")
    if d["stationery"]:
        lines += [d["stationery"] + ": time to buy more.", ""]
    streak = d["streak"]
    if streak["current"] or streak["longest"]:
        lines += [f"Streak: {weeks_text(streak['current'])} in a row with a note sent "
                  f"(longest {weeks_text(streak['longest'])}).", ""]
    lines.append(d["prompt"])
    return "\n".join(lines) + "\n"
