"""`thankful print`: cards, envelopes, address labels or a copy guide as a PDF sized for real stationery."""

from thankful.channels.paper import FORMATS, LABEL_SHEETS, SHIPPED_FONTS
from thankful.domain.errors import ThankfulError, UsageError
from thankful.usecases import printing

from .common import chosen_notes, emit_json, note_number, out


def print_arguments(p) -> None:
    p.epilog = ("Formats: " + "; ".join(f"{k}: {v.description}" for k, v in FORMATS.items())
                + ". Fonts: " + ", ".join(SHIPPED_FONTS) + " (default kalam), or any installed fontpkg-* "
                "TrueType font. Printing cards marks the notes printed, ready to post.")
    p.add_argument("notes", nargs="*", type=note_number, metavar="NOTE")
    p.add_argument("--all-drafted", action="store_true", help="every drafted note that travels by card or hand")
    p.add_argument("--format", dest="fmt", choices=tuple(FORMATS), default="a2-folded",
                   help="the stationery (default a2-folded)")
    p.add_argument("--font", default="kalam", metavar="NAME",
                   help=f"handwriting font: {', '.join(SHIPPED_FONTS)} (default kalam)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--envelopes", action="store_true", help="the notes' envelopes instead of their cards")
    what.add_argument("--labels", choices=tuple(LABEL_SHEETS), metavar="SHEET",
                      help="address labels instead of cards: avery-5160 (30 a US letter sheet)")
    what.add_argument("--guide", action="store_true",
                      help="a copy guide instead: ruled lines with the draft in light grey, to write it out by hand")
    p.add_argument("--start", type=int, default=1, metavar="N",
                   help="with --labels: the first unused label on the sheet (1-30, default 1)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.set_defaults(handler=cmd_print)


def cmd_print(ctx) -> None:
    a = ctx.args
    ids = chosen_notes(ctx.nb, a.all_drafted, a.notes, printing.drafted_card_notes)
    if not ids:
        raise ThankfulError("no drafted card notes to print; write one with 'thankful draft NOTE'")
    what = "envelopes" if a.envelopes else "labels" if a.labels else "guide" if a.guide else "cards"
    if a.start != 1 and what != "labels":
        raise UsageError("--start is for label sheets; use it with --labels avery-5160")
    done = printing.print_to_file(ctx.nb, ids, a.output, today=ctx.today, what=what, fmt=a.fmt, font=a.font,
                                  labels=a.labels or "avery-5160", start=a.start)
    path, marked = done["path"], done["marked"]
    if ctx.json:
        emit_json({"file": path, "what": what, "format": a.fmt, "font": a.font, "notes": done["notes"],
                   "printed": marked})
        return
    out(f"Wrote {_describe(len(done['notes']), what, a.fmt, a.labels)} to {path}.")
    out(_how_to_print(what, FORMATS[a.fmt]))
    if marked:
        out("Marked printed: " + ", ".join(f"#{n}" for n in marked)
            + ". Once posted: thankful sent NOTE --via card.")


def _describe(count: int, what: str, fmt: str, labels: str | None) -> str:
    """'2 a2-folded cards', '1 envelope for a6 cards', '3 avery-5160 address labels'."""
    noun = {"labels": f"{labels} address label", "envelopes": "envelope", "guide": f"{fmt} copy guide"}
    thing = noun.get(what, f"{fmt} card" if fmt not in ("letter", "postcard") else fmt)
    plural = "s" if count != 1 else ""
    return f"{count} {thing}{plural}" + (f" for {fmt} cards" if what == "envelopes" else "")


def _how_to_print(what: str, fmt) -> str:
    actual = "Print at 100% (actual size)"
    if what == "labels":
        return f"{actual} on an Avery 5160 sheet of 30 labels."
    if what == "envelopes":
        return f"{actual} on {fmt.envelope_name}s ({fmt.envelope[0] / 72:g} x {fmt.envelope[1] / 72:g} in), one a page."
    if what == "guide":
        return f"{actual} on plain paper, then copy it onto your card line by line."
    paper = f"{fmt.page[0] / 72:g} x {fmt.page[1] / 72:g} in"
    if fmt.name == "a2-folded":
        return f"{actual} on {paper} card stock and fold it in half: the note is inside, on the right."
    if fmt.name == "letter":
        return f"{actual} on {paper} paper."
    return f"{actual} on {paper} card stock."
