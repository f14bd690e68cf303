"""Paper: PDF cards, copy guides, envelopes and address labels sized for real stationery, in a handwriting font.

Formats (US stationery, inches):
- a2-folded: a half-letter sheet, 8.5 × 5.5, folded to a 4.25 × 5.5 A2 card; the note on the inside right panel.
  Envelope: A2, 5.75 × 4.375.
- a6: a flat 4.5 × 6.25 card (US A6). Envelope: A6, 6.5 × 4.75.
- postcard: a flat 6 × 4 card, the note on the left, the address and a stamp box on the right. No envelope.
- letter: a US letter page, 8.5 × 11. Envelope: #10, 9.5 × 4.125.
Labels: Avery 5160 (30 on a US letter sheet, 2.625 × 1).

Fonts come from `fontpkg-*` packages (TrueType only: reportlab cannot embed CFF .otf); every font in the PDF
is embedded. A fit check refuses a note that would not fit its panel at a legible size, saying how many
words to cut.

Public API: `render(pieces, what=..., fmt=..., font=...) -> bytes`, `fit(text, fmt, font) -> Layout`,
`fonts()`, `Piece`, `FORMATS`, `CARD_SIZES`, `AVERY_5160`, `TooLong`. Choosing the notes and recording
that they were printed is the use case usecases/printing.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from thankful.domain.errors import NotReady, UsageError

from .base import Channel

CHANNEL = Channel("card", "on a card", needs="address", uses_card=True)

INCH = 72.0
DEFAULT_FONT = "kalam"
SHIPPED_FONTS = ("kalam", "caveat", "indie-flower")  # the fontpkg packages Thankful depends on
WHATS = ("cards", "guide", "envelopes", "labels")
LEADING = 1.3  # line height as a multiple of the font size
GAP = 0.55  # a blank line between paragraphs, as a fraction of a line
TEXT_GREY = 0.12  # near-black ink
GUIDE_GREY = 0.62  # the draft's text on a copy guide
RULE_GREY = 0.78
REFERENCE_CAP_HEIGHT = 739  # Kalam's, in 1/1000 em: the sizes below are for it


@dataclass(frozen=True)
class Box:
    """A rectangle in points, from the page's bottom-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


@dataclass(frozen=True)
class CardFormat:
    name: str
    page: tuple[float, float]
    panel: Box  # where the note goes
    size: float  # the font size tried first
    min_size: float  # the smallest size still legible as handwriting
    envelope: tuple[float, float] | None  # its envelope's page (landscape); None: the card carries the address
    envelope_name: str
    description: str
    lift: float = 0.35  # share of the free height above the text (0: top-aligned)


def _inches(*values: float) -> tuple[float, ...]:
    return tuple(v * INCH for v in values)


FORMATS: dict[str, CardFormat] = {f.name: f for f in (
    CardFormat("a2-folded", _inches(8.5, 5.5), Box(*_inches(4.25 + 0.5, 0.5, 4.25 - 1.0, 5.5 - 1.0)), 17, 12,
               _inches(5.75, 4.375), "A2 envelope", "half-letter sheet folded to a 4.25 x 5.5 in card"),
    CardFormat("a6", _inches(4.5, 6.25), Box(*_inches(0.5, 0.55, 4.5 - 1.0, 6.25 - 1.1)), 17, 12,
               _inches(6.5, 4.75), "A6 envelope", "flat 4.5 x 6.25 in card"),
    CardFormat("postcard", _inches(6, 4), Box(*_inches(0.3, 0.3, 2.5, 3.4)), 14, 11,
               None, "", "flat 6 x 4 in postcard, address on the right", lift=0.0),
    CardFormat("letter", _inches(8.5, 11), Box(*_inches(1.0, 1.0, 6.5, 9.0)), 19, 13,
               _inches(9.5, 4.125), "#10 envelope", "US letter page", lift=0.0),
)}


@dataclass(frozen=True)
class LabelSheet:
    name: str
    page: tuple[float, float]
    columns: int
    rows: int
    width: float
    height: float
    top: float  # top margin
    side: float  # left (and right) margin
    column_gap: float
    row_gap: float = 0.0

    def rects(self) -> list[Box]:
        """Every label on the sheet, row by row, left to right."""
        return [Box(self.side + c * (self.width + self.column_gap),
                    self.page[1] - self.top - (r + 1) * self.height - r * self.row_gap, self.width, self.height)
                for r in range(self.rows) for c in range(self.columns)]


# Avery 5160 / 8160: 30 labels, 2-5/8 × 1 in, 3 across, 0.5 in top, 3/16 in sides, 1/8 in between columns.
AVERY_5160 = LabelSheet("avery-5160", _inches(8.5, 11), 3, 10, *_inches(2.625, 1.0, 0.5, 0.1875, 0.125))
LABEL_SHEETS = {AVERY_5160.name: AVERY_5160}


# --- fonts --------------------------------------------------------------------------------------

_registered: dict[str, str] = {}


def fonts() -> dict[str, str]:
    """Installed handwriting fonts Thankful can embed: slug → family name."""
    import fontpkg

    return {slug: fam.name for slug, fam in sorted(fontpkg.families().items())
            if any(str(f.path).lower().endswith((".ttf", ".ttc")) for f in fam.files)}


def register_font(slug: str) -> str:
    """Load a fontpkg family's regular TrueType file into reportlab once; returns its reportlab name."""
    slug = "-".join(slug.strip().lower().replace("_", " ").split())
    if slug in _registered:
        return _registered[slug]
    import fontpkg
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        path = str(fontpkg.path(slug, 400, nearest=True))
    except fontpkg.FontpkgError:
        raise UsageError(f"unknown font {slug!r}; installed: {', '.join(fonts()) or 'none'} "
                         "(pip install fontpkg-NAME adds more)") from None
    if not path.lower().endswith((".ttf", ".ttc")):
        raise UsageError(f"the font {slug!r} is a CFF/OpenType file, which cannot be embedded; choose one of: "
                         f"{', '.join(fonts())}")
    name = f"Thankful-{slug}"
    try:
        pdfmetrics.registerFont(TTFont(name, path))
    except (TTFError, OSError) as e:
        raise UsageError(f"cannot use the font {slug!r} ({e}); choose another font", what="font") from None
    _registered[slug] = name
    return name


def _scale(fontname: str) -> float:
    """Sizes are given for Kalam; another font is scaled to the same capital height, so it reads as large."""
    from reportlab.pdfbase import pdfmetrics

    cap = pdfmetrics.getFont(fontname).face.capHeight
    return REFERENCE_CAP_HEIGHT / cap if cap else 1.0


# Plain fonts for what handwriting fonts lack (emoji, Chinese, Japanese, Korean), tried in order: a note
# with ❤️ or 李明 still prints, those characters in a plain face (the editor says which ones).
FALLBACKS = (("manimgx_fonts", "NotoEmoji[wght].ttf"), ("paperang_p2_fonts_cjk", "fonts/wqy-microhei.ttc"))


def _glyphs(fontname: str) -> dict:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(fontname).face.charToGlyph


@cache
def _fallback_fonts() -> tuple[str, ...]:
    """The fallback fonts' reportlab names, registered on first need; a package not installed is skipped."""
    from importlib.resources import files

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    names = []
    for package, file in FALLBACKS:
        name = f"Thankful-fallback-{package}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(files(package) / file)))
        except (ModuleNotFoundError, TTFError, OSError):
            continue
        names.append(name)
    return tuple(names)


def _font_for(ch: str, fontname: str) -> str | None:
    """The font that draws `ch`: the handwriting font when it can, else the first fallback that can."""
    if ch.isspace() or ord(ch) in _glyphs(fontname):
        return fontname
    return next((f for f in _fallback_fonts() if ord(ch) in _glyphs(f)), None)


def _runs(text: str, fontname: str) -> list[tuple[str, str]]:
    """The text cut where its font changes: [(font, characters), ...]."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = _font_for(ch, fontname) or fontname
        if runs and (runs[-1][0] == font or ch.isspace()):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def _width(text: str, fontname: str) -> float:
    """The text's width at size 1, each run in its own font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if all(ord(ch) < 128 for ch in text):  # the usual case: the handwriting font draws it all
        return stringWidth(text, fontname, 1.0)
    return sum(stringWidth(chars, font, 1.0) for font, chars in _runs(text, fontname))


def _draw_string(c, x: float, y: float, text: str, fontname: str, size: float) -> None:
    for font, chars in _runs(text, fontname):
        c.setFont(font, size)
        c.drawString(x, y, chars)
        x += c.stringWidth(chars, font, size)


def _missing_glyphs(text: str, fontname: str) -> list[str]:
    """Characters neither the handwriting font nor any fallback can draw."""
    return sorted({ch for ch in text if _font_for(ch, fontname) is None})


def fallback_characters(text: str, font: str = DEFAULT_FONT) -> list[str]:
    """The characters of `text` the handwriting font lacks, which print in a plain fallback font."""
    fontname = register_font(font)
    known = _glyphs(fontname)
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in known and
                   _font_for(ch, fontname) is not None})


# Marks that belong to the character before them (an emoji's presentation, a joiner, a skin tone): a run of
# the plain font keeps them with it, so "❤️" is one piece, not "❤" and an invisible selector.
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f", *map(chr, range(0x1F3FB, 0x1F400))}


def fallback_runs(text: str, font: str = DEFAULT_FONT) -> list[str]:
    """The pieces of `text` that print in a plain fallback font because the handwriting font lacks them,
    each once, in the order they come: "Dear 李明, ❤️" -> ["李明", "❤️"]. Characters no font here has are
    left out (printing refuses those, saying which). Text the handwriting font covers costs no font load."""
    if text.isascii():  # every handwriting font here draws ASCII
        return []
    fontname = register_font(font)
    known = _glyphs(fontname)
    runs: list[str] = []
    current = ""
    for ch in text:
        plain = not ch.isspace() and ord(ch) not in known and _font_for(ch, fontname) is not None
        if plain and (current or ch not in _JOINERS):
            current += ch
            continue
        if current and ch in _JOINERS:  # a selector the handwriting font happens to have, after a plain piece
            current += ch
            continue
        if current and current not in runs:
            runs.append(current)
        current = ""
    if current and current not in runs:
        runs.append(current)
    return runs


# --- layout and the fit check -------------------------------------------------------------------

class TooLong(UsageError):
    """A note that does not fit its panel at the smallest legible size."""

    def __init__(self, message: str, *, words: int, fit_words: int):
        super().__init__(message)
        self.words, self.fit_words, self.cut = words, fit_words, words - fit_words


@dataclass
class Layout:
    size: float
    leading: float
    lines: list[str | None]  # None: the gap between paragraphs
    height: float
    sign_off: int  # index of the first line of the closing block (indented), or len(lines)


class _Measure:
    """Word widths at size 1, cached per font: a layout at any size is then arithmetic."""

    _cache: dict[str, dict[str, float]] = {}

    def __init__(self, fontname: str):
        self.fontname = fontname
        self.widths = self._cache.setdefault(fontname, {})
        self.space = self(" ")

    def __call__(self, word: str) -> float:
        width = self.widths.get(word)
        if width is None:
            width = self.widths[word] = _width(word, self.fontname)
        return width


def _paragraphs(text: str) -> list[list[str]]:
    """The text's lines as word lists; [] marks a blank line (runs of blank lines count once)."""
    out: list[list[str]] = []
    for raw in text.replace("\r\n", "\n").strip().split("\n"):
        words = raw.split()
        if words or (out and out[-1]):
            out.append(words)
    return out


def _wrap(paragraphs: list[list[str]], measure: _Measure, size: float, width: float) -> list[tuple[str | None, int]]:
    """Greedy line filling at `size`: (line, words on it); a word wider than the line is split."""
    limit = width / size
    lines: list[tuple[str | None, int]] = []
    for words in paragraphs:
        if not words:
            lines.append((None, 0))
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = measure(word)
            if w > limit:
                pieces = _split_word(word, measure, limit)
                word, w = pieces[-1], measure(pieces[-1])
                for piece in pieces[:-1]:
                    if current:
                        lines.append((" ".join(current), len(current)))
                    lines.append((piece, 0))
                    current, used = [], 0.0
            extra = w if not current else measure.space + w
            if current and used + extra > limit:
                lines.append((" ".join(current), len(current)))
                current, used = [word], w
            else:
                current.append(word)
                used += extra
        lines.append((" ".join(current), len(current)))
    return lines


def _split_word(word: str, measure: _Measure, limit: float) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and measure(current + ch) > limit:
            pieces.append(current)
            current = ""
        current += ch
    return pieces + [current]


def _height(lines: list[tuple[str | None, int]], leading: float) -> float:
    return sum(leading if text is not None else leading * GAP for text, _ in lines)


def _sign_off(lines: list[str | None]) -> int:
    """Where the closing ("Love,\\nSam") starts: a last paragraph of one to three short lines."""
    if None not in lines:
        return len(lines)
    start = len(lines) - lines[::-1].index(None)
    block = lines[start:]
    if 1 <= len(block) <= 3 and all(len(line) <= 28 for line in block):
        return start
    return len(lines)


def fit(text: str, fmt: CardFormat | str, font: str = DEFAULT_FONT, *, note: int | None = None) -> Layout:
    """The largest size (in half points, from the format's size down to its legible minimum) at which the text
    fits the panel. Raises TooLong saying how many words to cut, UsageError for characters the font lacks."""
    fmt = FORMATS[fmt] if isinstance(fmt, str) else fmt
    fontname = register_font(font)
    label = f"note #{note}" if note is not None else "the note"
    missing = _missing_glyphs(text, fontname)
    if missing:
        raise UsageError(f"{label} uses characters no font here can draw ({' '.join(missing[:5])}); "
                         "remove them or choose another font", what="font")
    paragraphs = _paragraphs(text)
    if not paragraphs:
        raise NotReady(f"{label} has no text to print", what="draft", note=note)
    measure = _Measure(fontname)
    panel, scale = fmt.panel, _scale(fontname)
    step = fmt.size
    while step >= fmt.min_size:
        size = step * scale
        lines = _wrap(paragraphs, measure, size, panel.w)
        height = _height(lines, size * LEADING)
        if height <= panel.h:
            texts = [t for t, _ in lines]
            return Layout(size, size * LEADING, texts, height, _sign_off(texts))
        step -= 0.5
    raise _too_long(paragraphs, lines, fmt, label, size)


def _too_long(paragraphs, lines, fmt: CardFormat, label: str, size: float) -> TooLong:
    words = sum(len(p) for p in paragraphs)
    leading = size * LEADING
    room, fit_words = fmt.panel.h, 0
    for text, count in lines:
        room -= leading if text is not None else leading * GAP
        if room < 0:
            break
        fit_words += count
    cut = words - fit_words
    bigger = " or print it on a letter page" if fmt.name != "letter" else ""
    article = "an" if fmt.name[0] in "aeiou" else "a"
    return TooLong(f"{label} is too long for {article} {fmt.name} card at a legible size ({size:.3g} pt): cut about "
                   f"{cut} word{'s' if cut != 1 else ''} of its {words}{bigger}", words=words, fit_words=fit_words)


@dataclass
class Piece:
    """One note to print: its text (cards, guides) and where it goes (envelopes, labels, postcards)."""

    note: int
    name: str
    address: str
    text: str = ""


# The stationery size each card format is printed on, as the stationery count names sizes.
CARD_SIZES = {"a2-folded": "A2", "a6": "A6", "postcard": "4x6", "letter": "letter"}


# --- drawing ------------------------------------------------------------------------------------

def render(pieces: list[Piece], *, what: str = "cards", fmt: str = "a2-folded", font: str = DEFAULT_FONT,
           return_address: str = "", labels: str = "avery-5160", start: int = 1) -> bytes:
    """A PDF of `what` for the pieces, one page each (labels: 30 a sheet, from label number `start`).

    Every text is fit-checked before anything is drawn, so a refusal leaves nothing half-made."""
    if what not in WHATS:
        raise UsageError(f"cannot print {what!r}; choose one of: {', '.join(WHATS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if not pieces:
        raise UsageError("nothing to print")
    card = FORMATS[fmt]
    fontname = register_font(font)
    if what in ("cards", "guide"):
        layouts = [fit(p.text, card, font, note=p.note) for p in pieces]
        return _pdf(card.page, fontname, f"{len(pieces)} {fmt} {what}",
                    lambda c: _draw_cards(c, card, pieces, layouts, fontname, guide=what == "guide",
                                          return_address=return_address))
    if what == "envelopes":
        if card.envelope is None:
            raise UsageError(f"a {fmt} needs no envelope: its address is printed on the card itself")
        return _pdf(card.envelope, fontname, f"{len(pieces)} {card.envelope_name}s",
                    lambda c: _draw_envelopes(c, card.envelope, pieces, fontname, return_address))
    sheet = LABEL_SHEETS.get(labels)
    if sheet is None:
        raise UsageError(f"unknown label sheet {labels!r}; choose one of: {', '.join(LABEL_SHEETS)}")
    if not 1 <= start <= len(sheet.rects()):
        raise UsageError(f"the first label must be a number from 1 to {len(sheet.rects())}", what="start")
    return _pdf(sheet.page, fontname, f"{len(pieces)} {sheet.name} labels",
                lambda c: _draw_labels(c, sheet, pieces, fontname, start))


def _pdf(page: tuple[float, float], fontname: str, title: str, draw) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, invariant=1, pageCompression=1, initialFontName=fontname,
                    initialFontSize=12)
    canvas.setTitle(f"Thankful: {title}")
    canvas.setAuthor("Thankful")
    canvas.setCreator("Thankful")
    draw(canvas)
    canvas.save()
    return buffer.getvalue()


def _draw_cards(c, card: CardFormat, pieces: list[Piece], layouts: list[Layout], fontname: str, *, guide: bool,
                return_address: str) -> None:
    for piece, layout in zip(pieces, layouts):
        _draw_text(c, card.panel, layout, fontname, guide=guide, lift=card.lift)
        if card.name == "a2-folded":
            _fold_marks(c, card.page)
        if card.envelope is None:  # a postcard carries its address
            _postcard_address(c, card, piece, fontname, return_address)
        c.showPage()


def _draw_text(c, panel: Box, layout: Layout, fontname: str, *, guide: bool, lift: float) -> None:
    size, leading = layout.size, layout.leading
    y = panel.top - (panel.h - layout.height) * lift - size
    indent = panel.w * 0.42
    c.setFont(fontname, size)
    c.setFillGray(GUIDE_GREY if guide else TEXT_GREY)
    c.setStrokeGray(RULE_GREY)
    c.setLineWidth(0.6)
    for index, line in enumerate(layout.lines):
        if line is None:
            y -= leading * GAP
            continue
        x = panel.x
        if index >= layout.sign_off and _width(line, fontname) * size <= panel.w - indent:
            x += indent
        if guide:
            c.line(panel.x, y - size * 0.22, panel.right, y - size * 0.22)
        _draw_string(c, x, y, line, fontname, size)
        y -= leading


def _fold_marks(c, page: tuple[float, float]) -> None:
    """Short light ticks at the fold, in the margins only."""
    middle = page[0] / 2
    c.setStrokeGray(RULE_GREY)
    c.setLineWidth(0.5)
    c.line(middle, page[1], middle, page[1] - 0.15 * INCH)
    c.line(middle, 0, middle, 0.15 * INCH)


def _fit_lines(lines: list[str], fontname: str, size: float, smallest: float, width: float, height: float) -> float | None:
    """The largest size from `size` down to `smallest` (Kalam points, scaled for the font) at which the lines
    fit width × height; None if none does."""
    widest = max(_width(line, fontname) for line in lines)
    scale = _scale(fontname)
    while size >= smallest:
        actual = size * scale
        if widest * actual <= width and len(lines) * actual * 1.2 <= height:
            return actual
        size -= 0.5
    return None


def _address_lines(piece: Piece) -> list[str]:
    lines = [" ".join(line.split()) for line in piece.address.splitlines() if line.strip()]
    if not lines or lines[0].casefold() != piece.name.casefold():
        lines.insert(0, piece.name)
    return lines


def _draw_block(c, lines: list[str], fontname: str, size: float, x: float, top: float) -> None:
    y = top - size
    for line in lines:
        _draw_string(c, x, y, line, fontname, size)
        y -= size * 1.2


def _draw_envelopes(c, page: tuple[float, float], pieces: list[Piece], fontname: str, return_address: str) -> None:
    width, height = page
    sender = [line for line in return_address.splitlines() if line.strip()]
    blocks = []
    for piece in pieces:  # check every address before drawing any
        lines = _address_lines(piece)
        size = _fit_lines(lines, fontname, 15, 10, width * 0.55, height * 0.45)
        if size is None:
            raise UsageError(f"the address of {piece.name} (note #{piece.note}) is too long for the envelope; "
                             "shorten its lines")
        blocks.append((lines, size))
    for lines, size in blocks:
        c.setFillGray(TEXT_GREY)
        if sender:
            _draw_block(c, sender, fontname, 10 * _scale(fontname), 0.3 * INCH, height - 0.3 * INCH)
        block_w = max(_width(line, fontname) * size for line in lines)
        block_h = len(lines) * size * 1.2
        x = max((width - block_w) / 2, width * 0.3)
        _draw_block(c, lines, fontname, size, x, height * 0.46 + block_h / 2)
        c.showPage()


def _postcard_address(c, card: CardFormat, piece: Piece, fontname: str, return_address: str) -> None:
    width, height = card.page
    half = width / 2
    c.setStrokeGray(RULE_GREY)
    c.setLineWidth(0.6)
    c.line(half, 0.35 * INCH, half, height - 0.35 * INCH)
    stamp = Box(width - 0.3 * INCH - 0.8 * INCH, height - 0.3 * INCH - 0.95 * INCH, 0.8 * INCH, 0.95 * INCH)
    c.setDash(2, 2)
    c.rect(stamp.x, stamp.y, stamp.w, stamp.h)
    c.setDash()
    c.setFillGray(TEXT_GREY)
    left = half + 0.2 * INCH
    sender = [line for line in return_address.splitlines() if line.strip()]
    if sender:
        _draw_block(c, sender[:4], fontname, 8 * _scale(fontname), left, height - 0.3 * INCH)
    room = width - 0.3 * INCH - left
    lines = _address_lines(piece) if piece.address else []
    size = _fit_lines(lines, fontname, 13, 9, room, height * 0.45) if lines else None
    if size is None:  # no address on file (or too long): ruled lines to write it by hand
        for i in range(4):
            y = height * 0.45 - i * 0.32 * INCH
            c.line(left, y, width - 0.3 * INCH, y)
        return
    _draw_block(c, lines, fontname, size, left, height * 0.5)


def _draw_labels(c, sheet: LabelSheet, pieces: list[Piece], fontname: str, start: int) -> None:
    rects = sheet.rects()
    pad = 0.12 * INCH
    blocks = []
    for piece in pieces:  # check every address before drawing any
        lines = _address_lines(piece)
        size = _fit_lines(lines, fontname, 11, 8, sheet.width - 2 * pad, sheet.height - 0.1 * INCH)
        if size is None:
            raise UsageError(f"the address of {piece.name} (note #{piece.note}) does not fit a {sheet.name} label; "
                             "shorten it to at most 4 short lines")
        blocks.append((lines, size))
    slot = start - 1
    c.setFillGray(TEXT_GREY)
    for lines, size in blocks:
        if slot == len(rects):
            c.showPage()
            slot = 0
        box = rects[slot]
        block_h = len(lines) * size * 1.2
        _draw_block(c, lines, fontname, size, box.x + pad, box.y + (box.h + block_h) / 2 - size * 0.1)
        slot += 1
    c.showPage()
