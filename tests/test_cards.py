"""Printed cards, envelopes, labels and guides, read back with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from thankful.channels import paper as cards
from thankful.channels.paper import AVERY_5160, FORMATS, INCH, Piece, TooLong
from thankful.domain.errors import UsageError

MAY = Piece(1, "May Lee", "12 Elm Street, Apt 4\nSpringfield, IL 62701",
            "Dear Aunt May,\n\nThank you for the hand-knitted scarf. The deep green is exactly my colour, and I "
            "wear it on every walk to work.\n\nSee you at Thanksgiving!\n\nLove,\nSam")
TOM = Piece(2, "Tom & Jane Smith", "400 Oak Avenue\nPortland, OR 97205",
            "Dear Tom and Jane,\n\nThank you for dinner on Saturday. The lemon tart was a triumph.\n\nWarmly,\nSam")
SIZES = {"a2-folded": (8.5, 5.5), "a6": (4.5, 6.25), "postcard": (6, 4), "letter": (8.5, 11)}


def write(tmp_path: Path, data: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    text = subprocess.run(["pdfinfo", "-f", "1", "-l", "1000", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page +\d+ size:\s+([\d.]+) x ([\d.]+) pts", text)]


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded) for every font in the PDF."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines]  # columns end: emb sub uni object ID


def text_of(pdf: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def words_of(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words with their boxes (xMin, yMin, xMax, yMax; y from the top, points)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def darkest(pdf: Path, tmp_path: Path) -> int:
    """The darkest grey (0 black – 255 white) on the first page, rendered by pdftoppm."""
    subprocess.run(["pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    data = next(tmp_path.glob("page*.pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    return min(data[header.end():])


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_each_format_prints_one_page_a_note_at_its_size_with_fonts_embedded(tmp_path, fmt):
    pdf = write(tmp_path, cards.render([MAY, TOM], fmt=fmt))
    width, height = SIZES[fmt]
    assert page_sizes(pdf) == [(width * 72, height * 72)] * 2
    found = fonts_of(pdf)
    assert found and all(emb == "yes" for _, emb in found), found
    assert all("Kalam-Regular" in name for name, _ in found)
    # content and order: each page holds its own note, in reading order
    assert flat(MAY.text) in text_of(pdf, 1)
    assert flat(TOM.text) in text_of(pdf, 2)


def test_a2_folded_puts_the_note_on_the_inside_right_panel(tmp_path):
    pdf = write(tmp_path, cards.render([MAY]))
    [page] = words_of(pdf)
    assert page
    for _, x_min, y_min, x_max, y_max in page:
        assert 4.25 * INCH + 0.4 * INCH <= x_min and x_max <= 8.5 * INCH - 0.4 * INCH
        assert 0.4 * INCH <= y_min and y_max <= 5.5 * INCH - 0.4 * INCH


@pytest.mark.parametrize("font, family", [("caveat", "Caveat"), ("indie-flower", "IndieFlower")])
def test_other_handwriting_fonts_are_embedded(tmp_path, font, family):
    pdf = write(tmp_path, cards.render([MAY], font=font))
    found = fonts_of(pdf)
    assert found and all(emb == "yes" and family in name for name, emb in found), found
    assert flat(MAY.text) in text_of(pdf, 1)


def test_the_shipped_fonts_are_installed_and_unknown_ones_are_refused():
    assert {"kalam", "caveat", "indie-flower"} <= set(cards.fonts())
    with pytest.raises(UsageError, match="unknown font 'comic-sans'.*kalam"):
        cards.render([MAY], font="comic-sans")


@pytest.mark.parametrize("font", ["kalam", "caveat", "indie-flower"])
def test_emoji_and_chinese_print_in_a_fallback_font(tmp_path, font):
    text = "Dear 李明,\n\nThank you for the tea! ❤️ \U0001F381\n\nLove,\nSam"
    assert cards.fallback_characters(text, font) == sorted({"李", "明", "❤", "\ufe0f", "\U0001F381"})
    pdf = write(tmp_path, cards.render([Piece(3, "李明", "1 Jade Road\nOakland, CA 94607", text)], font=font))
    assert "李明" in text_of(pdf, 1) and "Thank you for the tea!" in text_of(pdf, 1)
    names = [name for name, _ in fonts_of(pdf)]
    assert len(names) == 3 and all(embedded == "yes" for _, embedded in fonts_of(pdf))  # hand + emoji + CJK
    envelope = write(tmp_path, cards.render([Piece(3, "李明", "1 Jade Road\nOakland, CA 94607")], what="envelopes"),
                     "envelope.pdf")
    assert "李明" in text_of(envelope, 1)


def test_a_note_the_handwriting_font_covers_needs_no_fallback(tmp_path):
    assert cards.fallback_characters(MAY.text) == []
    assert len(fonts_of(write(tmp_path, cards.render([MAY])))) == 1


def test_the_pieces_that_print_in_a_plain_font_are_named_whole_once_in_order():
    text = "Dear 李明,\n\nThank you for the tea! ❤️ \U0001F381 and ❤️ again, 👍🏽 👨\u200d👩\u200d👧\n\nLove,\nSam"
    assert cards.fallback_runs(text) == ["李明", "❤️", "\U0001F381", "👍🏽", "👨\u200d👩\u200d👧"]
    assert cards.fallback_runs("Café, naïve – “quoted” — Zoë") == []  # the handwriting font has these
    assert cards.fallback_runs(MAY.text) == []
    assert cards.fallback_runs("Dear May, thank you! \U000F0000") == []  # no font has it: printing refuses it


def test_characters_no_font_can_draw_are_refused():
    with pytest.raises(UsageError, match="no font here can draw"):
        cards.fit("Dear May, thank you! \U000F0000", "a2-folded")  # a private-use character


def test_a_note_too_long_for_the_panel_says_exactly_how_many_words_to_cut():
    words = [f"word{i % 10}" for i in range(400)]
    with pytest.raises(TooLong) as refused:
        cards.fit(" ".join(words), "a2-folded", note=7)
    error = refused.value
    assert error.words == 400 and 0 < error.cut < 400
    assert f"cut about {error.cut} words of its 400" in str(error) and "note #7" in str(error)
    assert "\n" not in str(error)
    layout = cards.fit(" ".join(words[:error.fit_words]), "a2-folded")  # cutting that many is enough
    assert layout.size >= FORMATS["a2-folded"].min_size - 1e-9
    with pytest.raises(TooLong):  # and one word fewer cut is not
        cards.fit(" ".join(words[:error.fit_words + 1]), "a2-folded")


def test_a_short_note_is_set_large_and_a_longer_one_smaller_but_legible():
    short = cards.fit(TOM.text, "a2-folded")
    longer = cards.fit(MAY.text + " " + TOM.text, "a2-folded")
    assert short.size == FORMATS["a2-folded"].size
    assert FORMATS["a2-folded"].min_size <= longer.size < short.size


def test_nothing_is_drawn_when_one_note_of_many_is_too_long():
    with pytest.raises(TooLong, match="note #9"):
        cards.render([MAY, Piece(9, "Bo", "", "long " * 500)])


def test_envelopes_are_a2_size_with_the_address_centred_and_the_return_address_top_left(tmp_path):
    pdf = write(tmp_path, cards.render([MAY, TOM], what="envelopes", return_address="Sam Lee\n8 Birch Lane\nMadison, WI"))
    assert page_sizes(pdf) == [(5.75 * 72, 4.375 * 72)] * 2
    assert all(emb == "yes" for _, emb in fonts_of(pdf))
    words = words_of(pdf)[0]
    sender = [w for w in words if w[0] in ("Sam", "Birch", "Madison,")]
    assert sender and all(x < 1.0 * INCH and y < 1.2 * INCH for _, x, y, _, _ in sender)
    to = [w for w in words if w[0] in ("May", "Elm", "Springfield,", "62701")]
    left, right = min(w[1] for w in to), max(w[3] for w in to)
    top, bottom = min(w[2] for w in to), max(w[4] for w in to)
    assert abs((left + right) / 2 - 5.75 * INCH / 2) < 0.6 * INCH
    assert abs((top + bottom) / 2 - 4.375 * INCH / 2) < 0.6 * INCH
    assert text_of(pdf, 1).endswith("May Lee 12 Elm Street, Apt 4 Springfield, IL 62701")
    assert "Tom & Jane Smith 400 Oak Avenue Portland, OR 97205" in text_of(pdf, 2)


def test_a6_and_letter_have_their_own_envelopes_and_a_postcard_none(tmp_path):
    assert page_sizes(write(tmp_path, cards.render([MAY], what="envelopes", fmt="a6"))) == [(6.5 * 72, 4.75 * 72)]
    assert page_sizes(write(tmp_path, cards.render([MAY], what="envelopes", fmt="letter"))) == [(9.5 * 72, 4.125 * 72)]
    with pytest.raises(UsageError, match="needs no envelope"):
        cards.render([MAY], what="envelopes", fmt="postcard")


def test_a_postcard_carries_the_address_on_its_right_half(tmp_path):
    pdf = write(tmp_path, cards.render([MAY], fmt="postcard"))
    words = words_of(pdf)[0]
    address = [w for w in words if w[0] in ("Elm", "Springfield,", "62701")]
    note = [w for w in words if w[0] in ("hand-knitted", "Thanksgiving!")]
    assert address and all(w[1] > 3 * INCH for w in address)
    assert note and all(w[3] < 3 * INCH for w in note)


def test_avery_5160_geometry():
    sheet = AVERY_5160
    rects = sheet.rects()
    assert len(rects) == 30 and sheet.page == (8.5 * 72, 11 * 72)
    assert {(r.w, r.h) for r in rects} == {(2.625 * 72, 1.0 * 72)}
    assert sorted({r.x for r in rects}) == [0.1875 * 72, (0.1875 + 2.625 + 0.125) * 72, (0.1875 + 2 * 2.75) * 72]
    assert rects[0].top == (11 - 0.5) * 72  # top margin
    assert min(r.y for r in rects) == 0.5 * 72  # and so the bottom one
    assert max(r.right for r in rects) == (8.5 - 0.1875) * 72  # side margins match
    assert rects[1].x - rects[0].right == 0.125 * 72  # column gap
    assert rects[3].top == rects[0].y  # rows touch


def test_labels_print_thirty_a_sheet_each_inside_its_label(tmp_path):
    people = [Piece(i, f"Guest{i:02d} Smith", f"{i} Oak Avenue\nPortland, OR 97205") for i in range(31)]
    pdf = write(tmp_path, cards.render(people, what="labels"))
    assert page_sizes(pdf) == [(612.0, 792.0)] * 2
    assert all(emb == "yes" for _, emb in fonts_of(pdf))
    pages = words_of(pdf)
    rects = AVERY_5160.rects()
    for page_no, page in enumerate(pages):
        for word, x_min, y_min, x_max, y_max in page:
            if not word.startswith("Guest"):
                continue
            index = page_no * 30 + int(word[5:7])
            box = rects[index % 30]
            top = 792 - box.top
            assert box.x + 2 <= x_min and x_max <= box.right - 2, word
            assert top <= y_min and y_max <= top + box.h, word
    assert sum(w[0].startswith("Guest") for w in pages[0]) == 30
    assert [w[0] for w in pages[1] if w[0].startswith("Guest")] == ["Guest30"]


def test_labels_can_start_part_way_down_a_used_sheet(tmp_path):
    pdf = write(tmp_path, cards.render([MAY], what="labels", start=5))
    [page] = words_of(pdf)
    box = AVERY_5160.rects()[4]
    may = next(w for w in page if w[0] == "May")
    assert box.x <= may[1] <= box.right and 792 - box.top <= may[2] <= 792 - box.y


def test_an_address_too_long_for_a_label_is_refused():
    with pytest.raises(UsageError, match="does not fit"):
        cards.render([Piece(3, "Bo", "\n".join(["The Very Long Street Name Indeed, Building Seven, Floor Nine"] * 6))], what="labels")


def test_the_copy_guide_is_light_grey_on_ruled_lines_and_the_card_is_ink(tmp_path):
    guide = write(tmp_path, cards.render([MAY], what="guide"), "guide.pdf")
    card = write(tmp_path, cards.render([MAY]), "card.pdf")
    assert flat(MAY.text) in text_of(guide, 1)
    (tmp_path / "g").mkdir()
    (tmp_path / "c").mkdir()
    assert darkest(guide, tmp_path / "g") > 120  # nothing darker than the light grey
    assert darkest(card, tmp_path / "c") < 60  # the card is written in near-black ink


def test_the_pdf_is_the_same_bytes_each_time():
    assert cards.render([MAY, TOM]) == cards.render([MAY, TOM])
