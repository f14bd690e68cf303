"""Practice: the gratitude habit. Today's question and the journal, the Wednesday nudge, stationery,
the reminder digest, and (in stats.py) streaks and charts.

The command line and the web call these functions; none of them prints or reads the clock (each takes
`today`). Imports stay light at module level because the home view asks for today's prompt on every run.
"""

from __future__ import annotations

import os
import zlib
from datetime import date, timedelta
from functools import cache

from thankful.domain.errors import ThankfulError, UsageError
from thankful.store.db import Notebook

from .store import practice as store

FIRST_PROMPT = "What moments sparked your gratitude today?"
PROMPTS_FILE = os.path.join(os.path.dirname(__file__), "data", "prompts.toml")

# Who a just-because note suits, closest first. Interviewers and donors are left out on purpose: a note
# "just because" to them is not the gesture the article means.
CLOSENESS = ("partner", "family", "friend", "colleague", "other")
RELATIONSHIP_LABEL = {"partner": "your partner", "family": "family", "friend": "a friend",
                      "colleague": "a colleague", "other": "someone you know"}
RECENTLY_THANKED_DAYS = 7   # thanked within the week: not this Wednesday's suggestion
DUE_SOON_DAYS = 7           # the same week the home view calls "due this week"
LOW_STOCK = 3               # this many cards or fewer is worth a mention
WEDNESDAY = 2


# --- today's question ---------------------------------------------------------------------------

@cache
def prompts() -> tuple[tuple[str, str], ...]:
    """(id, text) of each prompt in data/prompts.toml, in file order (the article's question first)."""
    try:
        with open(PROMPTS_FILE, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise ThankfulError(f"cannot read the prompts in {PROMPTS_FILE}: {e.strerror}; reinstall Thankful") from None
    items = _simple_toml_tables(raw.decode("utf-8"), "prompts")
    if items is None:  # the file uses TOML beyond the simple subset: let the real parser read it
        import tomllib

        try:
            items = tomllib.loads(raw.decode("utf-8")).get("prompts", [])
        except tomllib.TOMLDecodeError as e:
            raise ThankfulError(f"cannot read the prompts in {PROMPTS_FILE}: {e}; fix the file") from None
    pairs = tuple((str(p.get("id", "")), " ".join(str(p.get("text", "")).split())) for p in items)
    # The rotation's no-repeat swaps need three prompts, and its order is derived from the ids.
    if len(pairs) < 3 or not all(i and t for i, t in pairs) or len({i for i, _ in pairs}) != len(pairs):
        raise ThankfulError(f"{PROMPTS_FILE} needs at least three prompts, each with a unique id and a text; fix the file")
    return pairs


def _simple_toml_tables(text: str, name: str) -> list[dict] | None:
    """The `[[name]]` tables of a file written only with comments and `key = "text"` lines; None for
    anything else. The home view shows today's prompt on every run, and tomllib alone costs a third of a
    bare Python start-up, so the plain file is read by hand and tomllib stays for files beyond this subset."""
    tables: list[dict] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line == f"[[{name}]]":
            tables.append({})
            continue
        key, eq, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if (not eq or not tables or not key.replace("-", "").replace("_", "").isalnum() or len(value) < 2
                or value[0] != '"' or value[-1] != '"' or "\\" in value or '"' in value[1:-1]):
            return None
        tables[-1][key] = value[1:-1]
    return tables


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
    anchor = store.prompt_anchor(nb.conn)
    return prompt_on(today, date.fromisoformat(anchor) if anchor else today)


def start_rotation(nb: Notebook, today: date) -> None:
    """Fix the day the rotation counts from (once), so an unanswered question still moves on tomorrow."""
    with nb.transaction() as conn:
        store.set_prompt_anchor(conn, store.prompt_anchor(conn) or today.isoformat())


# --- the journal --------------------------------------------------------------------------------

def mentioned(nb: Notebook, text: str) -> list[str]:
    """Names of people in the notebook that `text` mentions: by full name, greeting, or a first name only
    one person has."""
    return [name for _, name in _mentions(nb, text)]


def _mentions(nb: Notebook, text: str) -> list[tuple[int, str]]:
    import re

    folded = text.casefold()

    def says(words: str) -> bool:
        words = words.strip().casefold()
        return bool(words) and re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", folded) is not None

    people = store.people_names(nb.conn)
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
    from .store import records as db

    tidy = [" ".join(n.split()) for n in names if n and n.strip()]
    for name in tidy:
        db.find_person(nb.conn, name)
    return tidy


def write_entry(nb: Notebook, text: str, *, today: date, thank: list[str] = (), prompt: str | None = None) -> dict:
    """Save a journal entry for `today` (answering today's prompt unless `prompt` is given).

    Each person in `thank` gets a gratitude moment and an owed note, in the same transaction; other
    people the text mentions are linked to the entry. Returns the entry with its notes.
    """
    from thankful.domain.model import JournalEntry

    from .capture import record_moment
    from .store import records as db

    text = (text or "").strip()
    if not text:
        raise UsageError("the journal entry is empty; write what sparked your gratitude")
    prompt = prompt or prompt_for(nb, today)
    thank = [name for name in thank if name and name.strip()]
    with nb.transaction() as conn:  # an unknown kind or an ambiguous name leaves no entry behind either
        start_rotation(nb, today)
        notes, moment_id, people = [], None, []
        if thank:
            moment, notes = record_moment(nb, "gratitude", thank, {"what": text}, on=today, today=today)
            moment_id, people = moment.id, moment.givers
        entry = db.insert_journal(conn, JournalEntry(day=today.isoformat(), text=text, prompt=prompt,
                                                     moment_id=moment_id), people)
        thanked = {p.id for p in people}
        also = [(pid, name) for pid, name in _mentions(nb, text) if pid not in thanked]
        store.link_journal_people(conn, entry.id, [pid for pid, _ in also])
    return {"entry": entry.id, "day": entry.day, "text": entry.text, "prompt": entry.prompt, "moment": moment_id,
            "people": [p.name for p in people] + [n for _, n in also], "thanked": [p.name for p in people],
            "mentioned": [n for _, n in also],
            "notes": [{"note": n.id, "to": p.name} for n, p in zip(notes, people)]}


def journal(nb: Notebook, *, since: date | None = None, search: str | None = None) -> list[dict]:
    """Journal entries oldest first, from `since`; `search` matches the text, the prompt or a person's name
    (any case)."""
    from .store import records as db

    entries = db.list_journal(nb.conn, since=since.isoformat() if since else None)
    if search and search.strip():
        needle = " ".join(search.split()).casefold()
        entries = [e for e in entries
                   if needle in " ".join([e.text, e.prompt, *e.people]).casefold()]
    return [{"entry": e.id, "day": e.day, "prompt": e.prompt, "text": e.text, "people": e.people,
             "moment": e.moment_id} for e in entries]


# --- the Wednesday nudge ------------------------------------------------------------------------

def ago(then: date, today: date) -> str:
    """'today', 'yesterday', '3 days ago', '5 weeks ago', '8 months ago', '2 years ago' (calendar months)."""
    days = (today - then).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    months = (today.year - then.year) * 12 + today.month - then.month - (today.day < then.day)
    return f"{months} months ago" if months < 24 else f"{months // 12} years ago"


def suggestions(nb: Notebook, today: date, *, limit: int = 3) -> list[dict]:
    """Up to `limit` people to thank just because: closest relationship first, then longest since a note was
    last sent to them (never yet = longest). Nobody with a note already owed or drafted, nobody thanked
    this past week."""
    recent = (today - timedelta(days=RECENTLY_THANKED_DAYS)).isoformat()
    rank = {r: i for i, r in enumerate(CLOSENESS)}
    people = [p for p in store.thank_candidates(nb.conn, CLOSENESS)
              if not p["open_note"] and not (p["last_thanked"] and p["last_thanked"] > recent)]
    people.sort(key=lambda p: (rank[p["relationship"]], p["last_thanked"] or "", p["name"].casefold(), p["id"]))
    return [{"person": p["name"], "reason": _reason(p, today), "last_thanked": p["last_thanked"]}
            for p in people[:max(limit, 0)]]


def _reason(person: dict, today: date) -> str:
    who = RELATIONSHIP_LABEL[person["relationship"]]
    if not person["last_thanked"]:
        return f"{who}; no note sent to them yet"
    return f"{who}; last thanked {ago(date.fromisoformat(person['last_thanked']), today)}"


def _gentle_wait(kind: str) -> int:
    """Days after the due date a gentle kind (sympathy) must not be nagged about: until its limit."""
    from .domain import kinds

    try:
        rule = kinds.rule_for(kind)
    except UsageError:
        return 0
    if not rule.gentle or rule.due_days is None or rule.limit_days is None:
        return 0
    return rule.limit_days - rule.due_days


def nudge(nb: Notebook, today: date, *, any_day: bool = False, limit: int = 3) -> dict:
    """Overdue notes, notes due within a week, and on Wednesdays (or `any_day`) up to `limit` people to
    thank just because. The shape is the `nudge --json` contract."""
    from . import track

    soon = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    overdue, due_soon = [], []
    for n in track.owed(nb, today):
        if n["overdue"]:
            # Sympathy acknowledgments: "never nag before a month", so not overdue here until their limit.
            wait = _gentle_wait(n["kind"])
            if not wait or date.fromisoformat(n["due"]) + timedelta(days=wait) < today:
                overdue.append(n)
        elif n["due"] and n["due"] <= soon:
            due_soon.append(n)
    wednesday = today.weekday() == WEDNESDAY
    picks = suggestions(nb, today, limit=limit) if wednesday or any_day else []
    return {"wednesday": wednesday, "suggestions": picks, "overdue": overdue, "due_soon": due_soon}


# --- stationery ---------------------------------------------------------------------------------

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
MAX_BOX = 10_000


def parse_stationery(text: str) -> tuple[int, str, str]:
    """(count, size, description) from words like "12 A2 letterpress cards", "a dozen 4x6 postcards",
    "box of 10 A6 cards". The description keeps the words as typed, less the count."""
    import re

    words = " ".join((text or "").split())
    if not words:
        raise UsageError('describe the stationery, e.g. thankful stationery add "12 A2 letterpress cards"')
    size_re = re.compile(r"(?<![\w.])(A\d{1,2}|\d+(?:\.\d+)?\s*[x×]\s*\d+(?:\.\d+)?)(?![\w.])", re.I)
    size_match = size_re.search(words)
    size = size_key(size_match[1]) if size_match else ""
    masked = size_re.sub(lambda m: "#" * len(m[0]), words)  # so the 4 of "4x6" is never read as a count
    count, span = _count_in(masked)
    if count is None:
        raise UsageError(f"how many cards are in {words!r}? put the number first, e.g. \"12 A2 letterpress cards\"")
    if not 0 < count <= MAX_BOX:
        raise UsageError(f"a box of {count} cards? give a number from 1 to {MAX_BOX}")
    description = " ".join((words[:span[0]] + " " + words[span[1]:]).split()).strip(" ,;:-")
    description = re.sub(r"^(?:a\s+)?(?:box|pack|set|stack)\s+of\s+", "", description, flags=re.I) or "cards"
    return count, size, description


def size_key(text: str) -> str:
    """A card size written one way: "a2" -> "A2", "4 X 6" / "4×6" -> "4x6"."""
    return "".join(text.split()).upper().replace("×", "x").replace("X", "x")


def _count_in(text: str) -> tuple[int | None, tuple[int, int]]:
    import re

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


def add_stationery(nb: Notebook, text: str, *, today: date, write_to: int = 10) -> dict:
    """Record a new box ("12 A2 letterpress cards"). A new box is a reason to write: returns, with the
    box, up to `write_to` people to write to (notes owed by card first, then just-because suggestions)."""
    count, size, description = parse_stationery(text)
    with nb.transaction() as conn:
        box_id = store.insert_stationery(conn, description, size, count, today.isoformat())
    box = {"id": box_id, "description": description, "size": size, "count": count, "remaining": count,
           "added": today.isoformat()}
    return {"box": box, "stock": stationery_stock(nb), "write_to": who_to_write_to(nb, today, limit=write_to)}


def who_to_write_to(nb: Notebook, today: date, *, limit: int = 10) -> list[dict]:
    """People to write a card to now: those owed a card or handwritten note (most urgent first), then
    people to thank just because."""
    from . import track
    from .store import listing

    picks = []
    for row in listing.list_notes(nb.conn):
        if row["channel"] in ("card", "hand"):
            n = track.listing(row, today)
            due = f", due {n['due']}" if n["due"] else ""
            picks.append({"person": n["to"], "reason": f"note #{n['note']} owed: {n['label'] or n['kind']}{due}",
                          "note": n["note"]})
    named = {p["person"] for p in picks}
    for s in suggestions(nb, today, limit=limit):
        if s["person"] not in named:
            picks.append({"person": s["person"], "reason": "just because: " + s["reason"], "note": None})
    return picks[:max(limit, 0)]


def stationery_stock(nb: Notebook) -> dict:
    """Boxes (oldest first) with what remains, the total, how many open notes travel by card, and whether
    stock is low enough to mention. People who never record stationery are never told it is low."""
    if not store.has_stationery_tables(nb.conn):
        boxes = []
    else:
        boxes = store.list_stationery(nb.conn)
    remaining = sum(b["remaining"] for b in boxes)
    by_channel = store.open_notes_by_channel(nb.conn)
    needed = by_channel.get("card", 0) + by_channel.get("hand", 0)
    low = bool(boxes) and (remaining <= LOW_STOCK or remaining < needed)
    return {"boxes": boxes, "remaining": remaining, "needed": needed, "low": low,
            "message": _stock_message(remaining, needed) if low else None}


def _stock_message(remaining: int, needed: int) -> str:
    cards = "No cards left" if remaining == 0 else f"{remaining} card{'s' * (remaining != 1)} left"
    if needed > remaining:
        cards += f" for {needed} note{'s' * (needed != 1)} owed by card"
    return cards + ": thankful stationery add \"12 A2 cards\" when you buy more"


def use_card(nb: Notebook, *, on: date, note_id: int | None = None, size: str | None = None,
             how: str = "") -> dict | None:
    """Count one card as used (printed or written by hand) and return the use; None when no stationery is
    recorded or none is left (sending never fails for want of a count).

    A note uses one card however often it is printed or marked sent: a second call for the same note
    returns the first use. `size` ("A2", "4x6") prefers a box of that size; otherwise the oldest box with
    cards left is used first.
    """
    with nb.transaction() as conn:
        if not store.has_stationery_tables(conn):
            return None
        if note_id is not None:
            earlier = store.card_use_for_note(conn, note_id)
            if earlier:
                return {**earlier, "already": True}
        boxes = store.list_stationery(conn, in_stock=True)
        if not boxes:
            return None
        wanted = size_key(size or "")
        box = next((b for b in boxes if wanted and size_key(b["size"]) == wanted), boxes[0])
        use_id = store.insert_card_use(conn, box["id"], note_id, on.isoformat(), how)
    return {"id": use_id, "stationery_id": box["id"], "note_id": note_id, "used_on": on.isoformat(), "how": how,
            "description": box["description"], "remaining": box["remaining"] - 1, "already": False}


def use_cards(nb: Notebook, count: int, *, on: date, how: str = "by hand") -> list[dict]:
    """Count `count` cards used outside the notebook (a note written without recording it), all or none."""
    if count < 1:
        raise UsageError("give a number of cards from 1 up")
    with nb.transaction():
        left = stationery_stock(nb)["remaining"]
        if left < count:
            have = "no cards left" if not left else f"only {left} card{'s' * (left != 1)} left"
            raise UsageError(f"{have} to use; add a box with thankful stationery add \"12 A2 cards\"")
        return [use_card(nb, on=on, how=how) for _ in range(count)]


def home_extras(nb: Notebook, today: date) -> dict:
    """What the practice adds to the home view: today's question, low stationery, Wednesday's suggestions."""
    stock = stationery_stock(nb)
    return {
        "prompt": prompt_for(nb, today),
        "stationery": {k: stock[k] for k in ("remaining", "needed", "low", "message")} if stock["boxes"] else None,
        "nudge": suggestions(nb, today) if today.weekday() == WEDNESDAY else [],
    }


# --- stats (the work is in stats.py) ------------------------------------------------------------

def stats(nb: Notebook, today: date) -> dict:
    """Notes sent per month, on-time rate, median days to send per kind, week streaks, people thanked most
    and not lately. The shape is the `stats --json` contract; see stats.compute."""
    from . import stats as _stats

    return _stats.compute(nb, today)


def render_chart(stats: dict, target) -> bytes:
    """The stats as a labelled picture: `target` is a path ending .png or .svg (written, whole or not at
    all) or just "png" / "svg". Returns the image bytes. Imports matplotlib, so only call it when asked."""
    from . import stats as _stats

    return _stats.render_chart(stats, target)


# --- the reminder digest ------------------------------------------------------------------------

def digest(nb: Notebook, today: date) -> dict:
    """Everything a daily reminder says: overdue and due-soon notes, Wednesday's suggestions, stationery,
    the streak and today's question."""
    from . import stats as _stats

    n = nudge(nb, today)
    stock = stationery_stock(nb)
    streak = _stats.compute(nb, today)["streak"]
    return {"today": today.isoformat(), **n, "prompt": prompt_for(nb, today),
            "stationery": stock["message"], "streak": {"current": streak["current"], "longest": streak["longest"]}}


def email_digest(nb: Notebook, d: dict, *, env=None) -> dict:
    """Email the digest `d` to yourself (the sender set with `thankful config set smtp.from`) through the
    deliver module's mail settings. Returns where it went, its subject and Message-ID; ThankfulError (or
    UsageError for missing settings) when it cannot go."""
    from .deliver import email as mail

    settings = mail.load_settings(nb.conn, env)
    subject = digest_subject(d)
    message_id = mail.send_message_to_self(settings, subject, digest_text(d))
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
        lines += ["  thankful add just-because --from NAME --what TEXT", ""]
    if d["stationery"]:
        lines += [d["stationery"], ""]
    streak = d["streak"]
    if streak["current"] or streak["longest"]:
        from .stats import weeks_text

        lines += [f"Streak: {weeks_text(streak['current'])} in a row with a note sent "
                  f"(longest {weeks_text(streak['longest'])}).", ""]
    lines += [d["prompt"], '  thankful today "..."']
    return "\n".join(lines) + "\n"
