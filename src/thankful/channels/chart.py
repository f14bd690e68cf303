"""The stats chart: notes sent per month, weeks with a note sent, and days from moment to note, as a
PNG or SVG. matplotlib is imported only when a chart is drawn."""

from __future__ import annotations

import os
from datetime import date

from thankful.domain.dates import weeks_text
from thankful.domain.errors import UsageError

CHART_MONTHS = 24        # the months the chart's bars show (JSON has them all)
MIN_CHART_MONTHS = 12    # a shorter history is drawn with empty months before it
FORMATS = ("png", "svg")
INK, ACCENT, MUTED, GRID = "#2b2b2b", "#b5523b", "#d9c7bd", "#e6e6e6"


def chart_format(target) -> str:
    """'png' or 'svg' from a format name or a file name; UsageError for anything else."""
    text = os.fspath(target)
    if text.lower() in FORMATS:
        return text.lower()
    ext = os.path.splitext(text)[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise UsageError(f"cannot draw a chart as {text!r}; name a .png or .svg file, e.g. stats.png")
    return ext


def draw(stats: dict, fmt: str) -> bytes:
    """The chart of `stats` (usecases/stats.py's shape) as PNG or SVG bytes; the same stats give the same bytes."""
    import io

    import matplotlib

    matplotlib.use("Agg")  # never a window: this runs from a terminal, cron or the web app
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"font.size": 12, "axes.edgecolor": "#888888", "axes.titleweight": "bold",
                                "axes.titlesize": 13, "axes.spines.top": False, "axes.spines.right": False,
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
    ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], padding=2, fontsize=10, color=INK)
    labels = []
    for i, m in enumerate(months):
        year, month = m["month"].split("-")
        name = date(int(year), int(month), 1).strftime("%b")
        labels.append(f"{name}\n{year}" if i == 0 or month == "01" else name)
    ax.set_xticks(list(xs), labels, fontsize=10)
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
    title = f"Weeks with a note sent (last {len(weeks)})"
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
    ax.set_xticks(ticks, [date.fromisoformat(weeks[i]["week"]).strftime("%d %b") for i in ticks], fontsize=10)
    ax.set_xlim(-0.6, len(weeks) - 0.4)
    ax.set_ylabel("notes sent")
    ax.set_xlabel("week beginning")
    _integer_axis(ax, max(counts))
    _titles(ax, title, f"current streak {weeks_text(streak['current'])} (in color) · longest {weeks_text(streak['longest'])}")


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
                 fontsize=10, color=INK)
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
    ax.text(0.0, 1.02, subtitle, transform=ax.transAxes, fontsize=11, color="#555555", va="bottom", ha="left")


def _days(value: float) -> str:
    text = f"{value:g}"
    return f"{text} day" + ("" if value == 1 else "s")


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
