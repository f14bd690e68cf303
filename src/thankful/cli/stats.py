"""`thankful stats`: your notes in numbers (per month, on time, days to send, streaks), and a chart."""

from thankful.domain.dates import month_name, weeks_text
from thankful.usecases import stats

from .common import emit_json, out, table


def stats_arguments(p) -> None:
    p.add_argument("--chart", metavar="FILE", help="also draw them to FILE.png or FILE.svg")
    p.set_defaults(handler=cmd_stats)


def cmd_stats(ctx) -> None:
    chart = ctx.args.chart
    if chart:
        stats.check_chart_path(chart)  # a wrong file name or folder fails before any work
    data = stats.compute(ctx.nb, ctx.today)
    if chart:
        stats.write_chart(data, chart)
    if ctx.json:
        emit_json(data)
        return
    _print_stats(data)
    if chart:
        out()
        out(f"Chart: {chart}")


def _print_stats(data: dict) -> None:
    if not data["sent"]:
        out("No notes sent yet. When you send one: thankful sent NOTE --via card")
        return
    ontime = data["on_time"]
    streak = data["streak"]
    out(f"Notes sent: {data['sent']} (first {data['first_sent']}, latest {data['last_sent']})")
    if ontime["rate"] is not None:
        out(f"On time: {ontime['rate']:.0%} ({ontime['on_time']} of {ontime['on_time'] + ontime['late']} "
            f"with a due date)")
    out(f"Streak: {weeks_text(streak['current'])} in a row with a note sent; longest {weeks_text(streak['longest'])}"
        + (f" (weeks of {streak['longest_from']} to {streak['longest_to']})" if streak["longest"] > 1 else ""))
    out()
    out("Per month (last 12)")
    out(table([[month_name(m["month"]), str(m["sent"]), "#" * min(m["sent"], 40)] for m in data["per_month"][-12:]],
              ["month", "sent", ""]))
    if data["days_to_send"]:
        out()
        out("Days from moment to sent")
        out(table([[k["kind"], f"{k['median_days']:g}", str(k["notes"])] for k in data["days_to_send"]],
                  ["kind", "median", "notes"]))
    if data["thanked_most"]:
        out()
        out("Thanked most")
        out(table([[p["person"], str(p["notes"]), p["last_thanked"]] for p in data["thanked_most"]],
                  ["who", "notes", "last"]))
    if data["not_lately"]:
        out()
        out("Not lately")
        out(table([[p["person"], p["relationship"], p["last_thanked"]] for p in data["not_lately"]],
                  ["who", "relationship", "last"]))
