"""Stats of the practice: notes sent per month, on-time rate, days from moment to sent, week streaks, people
thanked most and not lately; and the chart of them.

`compute` reads the notebook once; `build` is the pure part (tests feed it rows). matplotlib is imported
only inside `render_chart`, so `thankful stats` without --chart never pays for it.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from datetime import date, timedelta
from statistics import median

from thankful.domain.errors import ThankfulError, UsageError
from thankful.store.db import Notebook

from .store import practice as store

RECENT_WEEKS = 26        # the weeks the chart's streak panel shows
CHART_MONTHS = 24        # the months the chart's bars show (JSON has them all)
MIN_CHART_MONTHS = 12    # a shorter history is drawn with empty months before it
TOP = 5                  # people in thanked_most and not_lately
NOT_LATELY_DAYS = 90     # a quarter without a note is "not lately"
# One-off relationships: an interviewer thanked once is not someone you have "not thanked lately".
ONGOING = ("partner", "family", "friend", "colleague", "other")


def compute(nb: Notebook, today: date) -> dict:
    """The stats of every note sent on or before `today` (see `build` for the keys)."""
    return build(store.sent_notes(nb.conn), today)


def build(rows: list[dict], today: date) -> dict:
    """Stats from sent-note rows (keys: person_id, person, relationship, kind, on_date, due, sent_on).

    Keys, stable for scripts and the web: today, sent, first_sent, last_sent, per_month, on_time,
    days_to_send, streak, recent_weeks, thanked_most, not_lately.
    """
    cutoff = today.isoformat()
    rows = [r for r in rows if r["sent_on"] and r["sent_on"] <= cutoff]  # as of `today`, like every command
    sent_days = [date.fromisoformat(r["sent_on"]) for r in rows]
    return {
        "today": cutoff,
        "sent": len(rows),
        "first_sent": min(sent_days).isoformat() if sent_days else None,
        "last_sent": max(sent_days).isoformat() if sent_days else None,
        "per_month": per_month(sent_days, today),
        "on_time": on_time(rows),
        "days_to_send": days_to_send(rows),
        "streak": streak(sent_days, today),
        "recent_weeks": recent_weeks(sent_days, today),
        "thanked_most": thanked_most(rows),
        "not_lately": not_lately(rows, today),
    }


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def per_month(sent_days: list[date], today: date) -> list[dict]:
    """Every month from the first note sent to this one, with how many were sent (zeros kept: charts need them)."""
    if not sent_days:
        return []
    counts = Counter(_month(d) for d in sent_days)
    year, month = min(sent_days).year, min(sent_days).month
    months = []
    while (year, month) <= (today.year, today.month):
        key = f"{year:04d}-{month:02d}"
        months.append({"month": key, "sent": counts.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def on_time(rows: list[dict]) -> dict:
    """Notes with a due date sent by it; notes without one (gratitude, love) are counted apart."""
    dated = [r for r in rows if r["due"]]
    good = sum(1 for r in dated if r["sent_on"] <= r["due"])
    return {"rate": round(good / len(dated), 3) if dated else None, "on_time": good, "late": len(dated) - good,
            "no_due_date": len(rows) - len(dated)}


def days_to_send(rows: list[dict]) -> list[dict]:
    """Median days from the moment to the note sent, per kind (kinds in name order)."""
    by_kind: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        if r["on_date"]:
            # A gift that arrives before the wedding is thanked before it: count that as 0 days, not negative.
            days = (date.fromisoformat(r["sent_on"]) - date.fromisoformat(r["on_date"])).days
            by_kind[r["kind"]].append(max(days, 0))
    return [{"kind": k, "notes": len(v), "median_days": float(median(v))} for k, v in sorted(by_kind.items())]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def streak(sent_days: list[date], today: date) -> dict:
    """Weeks (Monday to Sunday) in a row with a note sent. The current streak still counts last week's run
    while this week has no note yet: the week is not over."""
    weeks = {_monday(d) for d in sent_days}
    this_week = _monday(today)
    week = this_week if this_week in weeks else this_week - timedelta(days=7)
    current = 0
    while week in weeks:
        current += 1
        week -= timedelta(days=7)
    longest, best_end, run, previous = 0, None, 0, None
    for week in sorted(weeks):
        run = run + 1 if previous is not None and week - previous == timedelta(days=7) else 1
        if run > longest:
            longest, best_end = run, week
        previous = week
    best_start = best_end - timedelta(days=7 * (longest - 1)) if best_end else None
    return {"current": current, "longest": longest, "this_week": this_week in weeks,
            "longest_from": best_start.isoformat() if best_start else None,
            "longest_to": best_end.isoformat() if best_end else None}


def recent_weeks(sent_days: list[date], today: date) -> list[dict]:
    """The last RECENT_WEEKS weeks (by their Monday), oldest first, with notes sent in each."""
    if not sent_days:
        return []
    counts = Counter(_monday(d) for d in sent_days)
    this_week = _monday(today)
    weeks = [this_week - timedelta(days=7 * i) for i in range(RECENT_WEEKS - 1, -1, -1)]
    return [{"week": w.isoformat(), "sent": counts.get(w, 0)} for w in weeks]


def _by_person(rows: list[dict]) -> dict[int, dict]:
    people: dict[int, dict] = {}
    for r in rows:
        p = people.setdefault(r["person_id"], {"person": r["person"], "relationship": r["relationship"],
                                               "notes": 0, "last_thanked": r["sent_on"]})
        p["notes"] += 1
        p["last_thanked"] = max(p["last_thanked"], r["sent_on"])
    return people


def thanked_most(rows: list[dict]) -> list[dict]:
    """The TOP people by notes sent to them; ties go to the one thanked more recently."""
    people = sorted(_by_person(rows).values(), key=lambda p: p["person"].casefold())
    people.sort(key=lambda p: (p["notes"], p["last_thanked"]), reverse=True)
    return [{"person": p["person"], "notes": p["notes"], "last_thanked": p["last_thanked"]} for p in people[:TOP]]


def not_lately(rows: list[dict], today: date) -> list[dict]:
    """People you have thanked before but not in NOT_LATELY_DAYS, longest ago first."""
    found = []
    for p in _by_person(rows).values():
        days = (today - date.fromisoformat(p["last_thanked"])).days
        if days >= NOT_LATELY_DAYS and p["relationship"] in ONGOING:
            found.append({"person": p["person"], "relationship": p["relationship"], "notes": p["notes"],
                          "last_thanked": p["last_thanked"], "days": days})
    found.sort(key=lambda p: (p["last_thanked"], p["person"].casefold()))
    return found[:TOP]


# --- the chart ----------------------------------------------------------------------------------

FORMATS = ("png", "svg")
INK, ACCENT, MUTED, GRID = "#2b2b2b", "#b5523b", "#d9c7bd", "#e6e6e6"


def chart_format(target) -> str:
    """'png' or 'svg' from a format name or a file name; UsageError for anything else."""
    text = os.fspath(target)
    if text.lower() in FORMATS:
        return text.lower()
    ext = os.path.splitext(text)[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise UsageError(f"cannot draw a chart as {text!r}; name a .png or .svg file, e.g. --chart stats.png")
    return ext


def check_chart_target(target) -> str:
    """The format of `target`, after checking that a file name has a folder to go in."""
    fmt = chart_format(target)
    text = os.fspath(target)
    if text.lower() not in FORMATS:
        folder = os.path.dirname(os.path.abspath(text))
        if not os.path.isdir(folder):
            raise ThankfulError(f"cannot write the chart to {text}: no folder {folder}; create it or choose another path")
    return fmt


def render_chart(stats: dict, target) -> bytes:
    """Draw `stats` (from `build`) and return the image; when `target` is a file name, also write it there,
    whole or not at all."""
    fmt = check_chart_target(target)
    data = _draw(stats, fmt)
    if os.fspath(target).lower() not in FORMATS:
        _write_whole(os.fspath(target), data)
    return data


def _write_whole(path: str, data: bytes) -> None:
    """Write beside the target and rename: a failure never leaves half a picture. (Not mkstemp: its 0600
    mode would stick to the chart; this file gets the usual permissions.)"""
    folder = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise ThankfulError(f"cannot write the chart to {path}: {e.strerror}; choose another path") from None


def _draw(stats: dict, fmt: str) -> bytes:
    import io

    import matplotlib

    matplotlib.use("Agg")  # never a window: this runs from a terminal, cron or the web app
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"font.size": 10, "axes.edgecolor": "#888888", "axes.titleweight": "bold",
                                "axes.titlesize": 11, "axes.spines.top": False, "axes.spines.right": False,
                                "svg.hashsalt": "thankful", "svg.fonttype": "none"}):
        fig = Figure(figsize=(11, 7.5), dpi=110, layout="constrained")
        grid = fig.add_gridspec(2, 2, height_ratios=[1.15, 1], width_ratios=[1.25, 1])
        _months_panel(fig.add_subplot(grid[0, :]), stats)
        _weeks_panel(fig.add_subplot(grid[1, 0]), stats)
        _kinds_panel(fig.add_subplot(grid[1, 1]), stats)
        day = date.fromisoformat(stats["today"])
        fig.suptitle(f"Thankful: your thank-you notes, as of {day.day} {day.strftime('%B %Y')}",
                     fontsize=14, fontweight="bold", color=INK)
        fig.supxlabel(_summary(stats), fontsize=10, color="#555555")  # a figure label: the layout makes room
        fig.get_layout_engine().set(h_pad=0.12, hspace=0.06)
        buffer = io.BytesIO()
        metadata = {"Software": None} if fmt == "png" else {"Date": None}  # same stats, same bytes
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _empty(ax, title: str) -> None:
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.5, "No notes sent yet", ha="center", va="center", color="#777777", fontsize=12,
            transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)


def _integer_axis(ax, top: int) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.set_ylim(0, max(top, 1) * 1.18)  # room for the numbers above the bars
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def _months_panel(ax, stats: dict) -> None:
    months = stats["per_month"][-CHART_MONTHS:]
    title = "Notes sent per month" + (f" (last {CHART_MONTHS})" if len(stats["per_month"]) > CHART_MONTHS else "")
    if not months:
        _empty(ax, title)
        return
    months = _earlier_months(months, MIN_CHART_MONTHS - len(months)) + months  # a short history keeps slim bars
    counts = [m["sent"] for m in months]
    xs = range(len(months))
    bars = ax.bar(xs, counts, color=ACCENT, width=0.72)
    ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], padding=2, fontsize=8, color=INK)
    labels = []
    for i, m in enumerate(months):
        year, month = m["month"].split("-")
        name = date(int(year), int(month), 1).strftime("%b")
        labels.append(f"{name}\n{year}" if i == 0 or month == "01" else name)
    ax.set_xticks(list(xs), labels, fontsize=8)
    ax.set_xlim(-0.6, len(months) - 0.4)
    ax.set_ylabel("notes sent")
    _integer_axis(ax, max(counts))
    ax.set_title(title, loc="left")


def _earlier_months(months: list[dict], n: int) -> list[dict]:
    """`n` empty months before the first of `months`."""
    year, month = (int(x) for x in months[0]["month"].split("-"))
    earlier = []
    for _ in range(max(n, 0)):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        earlier.insert(0, {"month": f"{year:04d}-{month:02d}", "sent": 0})
    return earlier


def _weeks_panel(ax, stats: dict) -> None:
    weeks = stats["recent_weeks"]
    streak = stats["streak"]
    title = f"Weeks with a note sent (last {RECENT_WEEKS})"
    if not weeks:
        _empty(ax, title)
        return
    counts = [w["sent"] for w in weeks]
    # The current streak's weeks are the last `current` weeks that have notes (this week may still be empty).
    offset = 0 if streak["this_week"] else 1
    in_streak = {len(weeks) - 1 - offset - i for i in range(streak["current"])}
    colours = [ACCENT if i in in_streak else (MUTED if c else GRID) for i, c in enumerate(counts)]
    ax.bar(range(len(weeks)), [c if c else 0.08 for c in counts], color=colours, width=0.8)
    ticks = list(range(0, len(weeks), 4))
    ax.set_xticks(ticks, [date.fromisoformat(weeks[i]["week"]).strftime("%d %b") for i in ticks], fontsize=8)
    ax.set_xlim(-0.6, len(weeks) - 0.4)
    ax.set_ylabel("notes sent")
    ax.set_xlabel("week beginning")
    _integer_axis(ax, max(counts))
    _titles(ax, title, f"current streak {weeks_text(streak['current'])} (in colour) · longest {weeks_text(streak['longest'])}")


def _kinds_panel(ax, stats: dict) -> None:
    kinds = stats["days_to_send"]
    title = "Median days from moment to note sent"
    if not kinds:
        _empty(ax, title)
        return
    kinds = sorted(kinds, key=lambda k: -k["median_days"])  # slowest at the top
    ys = range(len(kinds))
    values = [k["median_days"] for k in kinds]
    bars = ax.barh(ys, values, color=ACCENT, height=0.6)
    ax.bar_label(bars, labels=[f"{_days(k['median_days'])}  (n={k['notes']})" for k in kinds], padding=3,
                 fontsize=8, color=INK)
    ax.set_yticks(list(ys), [k["kind"] for k in kinds])
    ax.set_ylim(max(len(kinds), 5) - 0.4, -0.6)  # top down; one or two kinds still get slim bars
    ax.set_xlim(0, max(max(values), 1) * 1.45)  # room for the labels
    ax.set_xlabel("days")
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    rate = stats["on_time"]["rate"]
    _titles(ax, title, f"{rate:.0%} of notes with a due date were sent by it" if rate is not None
            else "no note sent had a due date")


def _titles(ax, title: str, subtitle: str) -> None:
    """A bold title with a grey line under it, both left-aligned over the panel."""
    ax.set_title(title, loc="left", pad=18)
    ax.text(0.0, 1.02, subtitle, transform=ax.transAxes, fontsize=9, color="#555555", va="bottom", ha="left")


def _days(value: float) -> str:
    text = f"{value:g}"
    return f"{text} day" + ("" if value == 1 else "s")


def weeks_text(n: int) -> str:
    return f"{n} week" + ("" if n == 1 else "s")


def _summary(stats: dict) -> str:
    parts = [f"{stats['sent']} note{'' if stats['sent'] == 1 else 's'} sent"]
    rate = stats["on_time"]["rate"]
    if rate is not None:
        dated = stats["on_time"]["on_time"] + stats["on_time"]["late"]
        parts.append(f"{rate:.0%} on time (of {dated} with a due date)")
    if stats["thanked_most"]:
        top = stats["thanked_most"][0]
        parts.append(f"thanked most: {top['person']} ({top['notes']})")
    return "  ·  ".join(parts)
