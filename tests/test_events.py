"""Events: a gift list imported from each shape of export, households, money, re-import, writers, batch work."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from thankful.domain import events as event_kinds
from thankful.store import open_notebook

FIXTURES = Path(__file__).parent / "fixtures" / "events"
ZOLA = str(FIXTURES / "zola-wedding.csv")


def run_json(cli, *args):
    code, out, err = cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def wedding(cli):
    """An event with the Zola-like gift list imported (8 rows, 6 households)."""
    run_json(cli, "event", "add", "Our wedding", "--kind", "wedding", "--on", "2026-06-13", "--writers", "Priya,Sam")
    return run_json(cli, "event", "import", "Our wedding", ZOLA)


# --- events and their due dates --------------------------------------------------------------------

def test_event_add_list_and_show_contract(cli):
    added = run_json(cli, "event", "add", "Our wedding", "--kind", "Wedding", "--on", "2026-06-13",
                     "--writers", "Priya, Sam,priya")
    assert added == {"event": 1, "name": "Our wedding", "kind": "wedding", "on": "2026-06-13",
                     "writers": ["Priya", "Sam"]}
    assert [e["name"] for e in run_json(cli, "event", "list")] == ["Our wedding"]
    shown = run_json(cli, "event", "show", "our wedding")
    assert {"event", "name", "kind", "on", "gifts", "households", "notes", "overdue", "missing_address",
            "by_writer"} <= set(shown)
    assert shown["notes"] == {"owed": 0, "drafted": 0, "posted": 0, "sent": 0, "skipped": 0}
    assert shown["by_writer"] == {"Priya": {"owed": 0, "drafted": 0, "posted": 0, "sent": 0},
                                  "Sam": {"owed": 0, "drafted": 0, "posted": 0, "sent": 0}}


def test_event_add_refuses_an_unknown_kind_and_a_second_event_of_the_same_name(cli):
    code, _, err = cli("event", "add", "Party", "--kind", "rave", "--on", "2026-06-13")
    assert code == 2 and "unknown event kind 'rave'" in err and "wedding" in err
    assert cli("event", "add", "Party", "--kind", "birthday", "--on", "2026-06-13")[0] == 0
    code, _, err = cli("event", "add", "party", "--kind", "birthday", "--on", "2026-06-14")
    assert code == 2 and "already an event called 'party'" in err


def test_wedding_gift_before_the_day_is_due_two_weeks_after_it_arrives_and_after_the_day_within_the_limit():
    day = date(2026, 6, 13)
    assert event_kinds.gift_due("wedding", day, date(2026, 5, 1)) == date(2026, 5, 15)
    assert event_kinds.gift_due("wedding", day, date(2026, 6, 20)) == date(2026, 9, 18)  # the catalogue's 90 days
    assert event_kinds.gift_due("shower", day, date(2026, 6, 1)) == date(2026, 7, 4)  # three weeks after the shower
    assert event_kinds.gift_due("funeral", day, None) == date(2026, 6, 27)
    assert event_kinds.note_kind("funeral") == "sympathy"


# --- importing: aliases, households, money ---------------------------------------------------------

def test_import_matches_zola_headers_with_a_bom_and_prints_the_mapping(wedding, cli):
    assert wedding["rows"] == 8
    assert wedding["added"] == {"gifts": 8, "notes": 6, "people": 6}
    assert wedding["already"] == 0 and wedding["skipped"] == 0
    mapping = wedding["mapping"]
    assert mapping["Gift Giver"] == "giver" and mapping["Item Name"] == "gift"  # the BOM did not hide the header
    assert mapping["Thank You Sent"] == "thanked" and mapping["Cash Fund"] == "cash_fund"
    assert mapping["Zip / Postal Code"] == "postal_code" and mapping["Street Address (line 2)"] == "line2"
    code, out, _ = cli("event", "import", "Our wedding", ZOLA, "--dry-run")
    assert code == 0 and "'Gift Giver'" in out and "-> giver" in out and "Dry run" in out


def test_households_written_four_ways_are_one_recipient_with_one_note_for_all_their_gifts(wedding, nb):
    smiths = [p for p in nb.people.all() if "Smith" in p.name]
    assert [(p.name, p.call) for p in smiths] == [("Tom & Jane Smith", "Tom and Jane")]
    notes = nb.notes.listing(statuses=None, person_id=smiths[0].id)
    assert len(notes) == 1  # "Tom & Jane Smith", "Tom and Jane Smith" and "Mr. & Mrs. Smith": one note
    what = notes[0]["what"]
    assert "Stand Mixer" in what and "4 Bath Towels" in what and "Picture Frame" in what
    family = next(p for p in nb.people.all() if p.name == "The Nakamura Family")
    assert family.call == "Nakamura family"


def test_a_household_already_in_the_notebook_is_matched_not_duplicated(cli, nb):
    assert cli("people", "add", "Tom and Jane Smith", "--email", "smiths@example.org")[0] == 0
    run_json(cli, "event", "add", "Our wedding", "--kind", "wedding", "--on", "2026-06-13")
    result = run_json(cli, "event", "import", "Our wedding", ZOLA)
    assert result["added"]["people"] == 5  # the Smiths were there already
    assert [p.name for p in nb.people.all() if "Smith" in p.name] == ["Tom and Jane Smith"]


def test_the_drafts_greet_households_and_never_state_an_amount(wedding, cli):
    drafted = run_json(cli, "event", "draft", "Our wedding")
    assert len(drafted["drafted"]) == 5  # the Nakamuras' note was already thanked
    texts = {}
    for note in drafted["drafted"]:
        shown = run_json(cli, "show", str(note))
        texts[shown["to"]] = shown["body"]
    assert "Tom and Jane," in texts["Tom & Jane Smith"]
    assert "Mr. and Mrs. Okafor," in texts["Mr. and Mrs. Okafor"]
    assert "Honeymoon Fund" in texts["Mr. and Mrs. Okafor"]
    for body in texts.values():  # prices 449.99, 60, 250, 100, 35, 40, 50 and the gift card's $50
        assert not re.search(r"[$€£]|\b(?:449|250|100|35|40|50|60)\b|dollar", body), body


def test_money_gifts_are_flagged_and_the_amount_stays_out_of_the_facts(wedding, cli):
    owed = {n["to"]: n for n in run_json(cli, "owed")}
    okafor = run_json(cli, "show", str(owed["Mr. and Mrs. Okafor"]["note"]))
    assert okafor["facts"]["money"] is True and okafor["facts"]["what"] == "a gift to the Honeymoon Fund"
    card = run_json(cli, "show", str(owed["Grace O'Brien"]["note"]))
    assert card["facts"]["what"] == "Crate & Barrel Gift Card" and card["facts"]["money"] is True
    assert "amount" not in card["facts"]


def test_a_thanked_column_marks_the_note_sent_without_drafting(wedding, cli):
    every = run_json(cli, "owed", "--all")
    nakamura = next(n for n in every if n["to"] == "The Nakamura Family")
    assert nakamura["status"] == "sent"
    assert run_json(cli, "show", str(nakamura["note"]))["body"] == ""
    assert run_json(cli, "event", "show", "Our wedding")["notes"]["sent"] == 1


def test_due_dates_follow_the_event_rules(wedding, cli):
    owed = {n["to"]: n["due"] for n in run_json(cli, "owed")}
    assert owed["Tom & Jane Smith"] == "2026-06-03"  # arrived 2026-05-20, before the day: two weeks
    assert owed["Mr. and Mrs. Okafor"] == "2026-09-11"  # on the day: three months
    assert owed["Ana Ruiz"] == "2026-09-20"  # "06/22/2026", month first


def test_addresses_are_laid_out_by_the_country_without_a_country_line_at_home(wedding, nb):
    people = {p.name: p for p in nb.people.all()}
    assert people["Tom & Jane Smith"].address == "12 Elm St\nApt 4\nSPRINGFIELD, IL 62701"
    assert people["Ravi Patel"].address.splitlines()[-1] == "CANADA"
    assert "TORONTO ON M5V 3L9" in people["Ravi Patel"].address


# --- re-import ------------------------------------------------------------------------------------

def test_importing_the_same_file_again_adds_nothing(wedding, cli, nb):
    again = run_json(cli, "event", "import", "Our wedding", ZOLA)
    assert again["added"] == {"gifts": 0, "notes": 0, "people": 0} and again["already"] == 8
    assert len(nb.people.all()) == 6 and len(nb.notes.listing(statuses=None)) == 6


def test_an_updated_export_adds_only_its_new_rows_and_thanked_marks_are_taken(wedding, cli, tmp_path):
    text = ZOLA_TEXT().replace("Ana Ruiz,Check,1,$100.00,,06/22/2026,ana.ruiz@example.com,,,,,,,,",
                               "Ana Ruiz,Check,1,$100.00,,06/22/2026,ana.ruiz@example.com,,,,,,,2026-07-01,")
    text += "Ana Ruiz,Serving Platter,1,45,,2026-07-03,,,,,,,,,,Priya's side\n"
    text += "Lily Chen,Salad Bowl,1,30,,2026-07-04,,,,,,,,,,\n"
    updated = tmp_path / "zola-later.csv"
    updated.write_text(text, encoding="utf-8")
    result = run_json(cli, "event", "import", "Our wedding", str(updated))
    assert result["already"] == 8 and result["added"] == {"gifts": 2, "notes": 1, "people": 1}
    owed = {n["to"]: n for n in run_json(cli, "owed", "--all")}
    # Ana's check is now thanked but her platter is new: her open note gains the platter and stays open
    assert owed["Ana Ruiz"]["status"] == "owed" and "Serving Platter" in owed["Ana Ruiz"]["what"]
    assert owed["Lily Chen"]["status"] == "owed"


def ZOLA_TEXT() -> str:
    return Path(ZOLA).read_text(encoding="utf-8-sig")


def test_re_import_marks_a_note_sent_once_all_its_gifts_are_thanked(wedding, cli, tmp_path):
    text = ZOLA_TEXT().replace("Ravi Patel,Champagne Flutes,2,35.00,Cheers!,2026-06-25,,200 King St W,Unit 1201,"
                               "Toronto,Ontario,M5V 3L9,Canada,,,",
                               "Ravi Patel,Champagne Flutes,2,35.00,Cheers!,2026-06-25,,200 King St W,Unit 1201,"
                               "Toronto,Ontario,M5V 3L9,Canada,yes,,")
    updated = tmp_path / "zola-thanked.csv"
    updated.write_text(text, encoding="utf-8")
    result = run_json(cli, "event", "import", "Our wedding", str(updated))
    assert result["added"]["gifts"] == 0 and result["thanked"] == 1
    ravi = next(n for n in run_json(cli, "owed", "--all") if n["to"] == "Ravi Patel")
    assert ravi["status"] == "sent"


# --- other shapes, --map, bad rows ------------------------------------------------------------------

def test_a_knot_tsv_with_its_own_headers(cli, nb):
    run_json(cli, "event", "add", "Baby shower", "--kind", "shower", "--on", "2026-05-09")
    result = run_json(cli, "event", "import", "Baby shower", str(FIXTURES / "knot-shower.tsv"))
    assert result["mapping"] == {"Purchaser": "giver", "Product": "gift", "Qty": "quantity",
                                 "Date Received": "received", "Thanked?": "thanked", "Gift Message": "message"}
    assert result["added"] == {"gifts": 3, "notes": 3, "people": 3}
    people = {p.name: p.call for p in nb.people.all()}
    assert people == {"Priya + Sam Kapoor": "Priya and Sam", "The Brennan family": "Brennan family",
                      "Dr. Amara Osei": ""}
    owed = {n["to"]: n for n in run_json(cli, "owed", "--all")}
    assert owed["The Brennan family"]["status"] == "sent"  # "x" in Thanked?
    assert owed["Dr. Amara Osei"]["due"] == "2026-05-30"  # three weeks after the shower


def test_an_xlsx_registry_with_lower_case_headers_and_date_cells(cli, nb):
    run_json(cli, "event", "add", "Wedding", "--kind", "wedding", "--on", "2026-09-12")
    result = run_json(cli, "event", "import", "Wedding", str(FIXTURES / "registry.xlsx"))
    assert result["mapping"]["gift giver"] == "giver" and result["mapping"]["date received"] == "received"
    assert result["added"] == {"gifts": 4, "notes": 3, "people": 3}
    owed = {n["to"]: n for n in run_json(cli, "owed", "--all")}
    assert owed["Helen and George Park"]["due"] == "2026-09-15"  # first gift 2026-09-01, before the day
    assert "4 Wine Glasses" in owed["Helen and George Park"]["what"]
    assert owed["Sofia Marin"]["status"] == "sent"


def test_map_corrects_a_column_the_aliases_do_not_know(cli, tmp_path):
    run_json(cli, "event", "add", "Party", "--kind", "birthday", "--on", "2026-06-20")
    odd = str(FIXTURES / "odd-headers.csv")
    code, _, err = cli("event", "import", "Party", odd)
    assert code == 2 and "no column says who gave" in err and "--map" in err
    result = run_json(cli, "event", "import", "Party", odd, "--map", "Who Sent It=giver", "--map", "Thing=gift",
                      "--map", "when=received")
    assert result["mapping"] == {"Who Sent It": "giver", "Thing": "gift", "When": "received"}
    assert result["added"]["notes"] == 2
    code, _, err = cli("event", "import", "Party", odd, "--map", "Who Sent It=purchaser")
    assert code == 2 and "unknown field 'purchaser'" in err
    code, _, err = cli("event", "import", "Party", odd, "--map", "Nope=giver")
    assert code == 2 and "no column 'Nope'" in err


def test_a_bad_row_stops_the_whole_import_naming_file_and_line(cli, nb):
    run_json(cli, "event", "add", "Party", "--kind", "birthday", "--on", "2026-06-20")
    bad = str(FIXTURES / "bad-rows.csv")
    code, _, err = cli("event", "import", "Party", bad)
    assert code == 2
    assert "bad-rows.csv: line 3: cannot read the date 'not a date'" in err
    assert "and 1 more bad row" in err and "nothing was imported" in err
    assert nb.people.all() == [] and nb.notes.listing(statuses=None) == []


def test_skip_bad_imports_the_good_rows_and_reports_each_skipped_one(cli):
    run_json(cli, "event", "add", "Party", "--kind", "birthday", "--on", "2026-06-20")
    result = run_json(cli, "event", "import", "Party", str(FIXTURES / "bad-rows.csv"), "--skip-bad")
    assert result["added"]["gifts"] == 2 and result["skipped"] == 2
    assert [(r["line"], r["reason"][:22]) for r in result["skipped_rows"]] == [
        (3, "cannot read the date '"), (4, "no giver: the row does")]
    code, out, _ = cli("event", "import", "Party", str(FIXTURES / "bad-rows.csv"), "--skip-bad")
    assert "Skipped" in out and "bad-rows.csv: line 3" in out and "2 already imported" in out


def test_dry_run_changes_nothing(cli, nb):
    run_json(cli, "event", "add", "Our wedding", "--kind", "wedding", "--on", "2026-06-13")
    result = run_json(cli, "event", "import", "Our wedding", ZOLA, "--dry-run")
    assert result["added"] == {"gifts": 8, "notes": 6, "people": 6} and result["dry_run"] is True
    assert nb.people.all() == []
    assert run_json(cli, "event", "show", "Our wedding")["gifts"] == 0


def test_a_missing_file_or_event_is_one_line(cli):
    code, _, err = cli("event", "import", "Nope", ZOLA)
    assert code == 1 and "no event called 'Nope'" in err
    run_json(cli, "event", "add", "Party", "--kind", "birthday", "--on", "2026-06-20")
    code, _, err = cli("event", "import", "Party", "/nowhere/gifts.csv")
    assert code == 2 and "cannot read /nowhere/gifts.csv" in err


# --- writers ----------------------------------------------------------------------------------------

def test_split_by_side_then_evenly_and_owed_by_writer(wedding, cli):
    result = run_json(cli, "assign", "--event", "Our wedding", "--split")
    assert result["by_side"] == 4  # "Priya's side" / "Sam's side"; Ravi Patel has no side
    assert sum(result["assigned"].values()) == 5
    priya = {n["to"] for n in run_json(cli, "owed", "--writer", "priya")}
    sam = {n["to"] for n in run_json(cli, "owed", "--writer", "Sam")}
    assert {"Tom & Jane Smith", "Ana Ruiz"} <= priya and {"Mr. and Mrs. Okafor", "Grace O'Brien"} <= sam
    assert not priya & sam and len(priya | sam) == 5
    shown = run_json(cli, "event", "show", "Our wedding")
    assert shown["by_writer"]["Priya"]["owed"] == len(priya) and shown["by_writer"]["Sam"]["owed"] == len(sam)
    again = run_json(cli, "assign", "--event", "Our wedding", "--split")
    assert sum(again["assigned"].values()) == 0 and again["kept"] == 5  # a second split changes nobody's notes


def test_split_with_sides_named_for_writers(cli, tmp_path):
    run_json(cli, "event", "add", "Wedding", "--kind", "wedding", "--on", "2026-06-13")
    path = tmp_path / "sides.csv"
    path.write_text("Name,Gift,Side\nAnn Lee,Vase,Bride\nBo Kim,Bowl,Groom\nCy Moss,Lamp,Bride\nDi Park,Rug,Groom\n"
                    "Ed Vo,Mug,\n", encoding="utf-8")
    run_json(cli, "event", "import", "Wedding", str(path))
    result = run_json(cli, "assign", "--event", "Wedding", "--split", "--writers", "Priya,Sam",
                      "--side", "Bride=Priya", "--side", "groom=Sam")
    assert result["assigned"] == {"Priya": 3, "Sam": 2} or result["assigned"] == {"Priya": 2, "Sam": 3}
    priya = {n["to"] for n in run_json(cli, "owed", "--writer", "Priya")}
    assert {"Ann Lee", "Cy Moss"} <= priya and not {"Bo Kim", "Di Park"} & priya


def test_assign_to_a_writer_and_each_writer_signs_their_own_notes(wedding, cli):
    owed = {n["to"]: n["note"] for n in run_json(cli, "owed")}
    assert run_json(cli, "assign", str(owed["Ana Ruiz"]), str(owed["Ravi Patel"]), "--to", "Sam") == {
        "writer": "Sam", "notes": [owed["Ana Ruiz"], owed["Ravi Patel"]]}
    assert run_json(cli, "assign", str(owed["Tom & Jane Smith"]), "--to", "Priya")["writer"] == "Priya"
    assert cli("config", "set", "sign", "The Kapoors")[0] == 0
    run_json(cli, "event", "draft", "Our wedding")
    signed = {to: run_json(cli, "show", str(n))["body"].rstrip().splitlines()[-1] for to, n in owed.items()}
    assert signed["Ana Ruiz"] == "Sam" and signed["Ravi Patel"] == "Sam" and signed["Tom & Jane Smith"] == "Priya"
    assert signed["Grace O'Brien"] == "The Kapoors"  # nobody's: the notebook's signature
    code, _, err = cli("assign", "999", "--to", "Sam")
    assert code == 1 and "no note #999" in err


def test_event_draft_by_writer_keeps_edited_notes(wedding, cli):
    owed = {n["to"]: n["note"] for n in run_json(cli, "owed")}
    run_json(cli, "assign", str(owed["Ana Ruiz"]), "--to", "Sam")
    with open_notebook() as nb:
        from thankful.usecases import drafting

        drafting.save_text(nb, owed["Ravi Patel"], "Dear Ravi, thank you for the flutes. Love, Priya", "",
                           edited=True)
    only_sam = run_json(cli, "event", "draft", "Our wedding", "--writer", "Sam")
    assert only_sam["drafted"] == [owed["Ana Ruiz"]]
    fresh = run_json(cli, "event", "draft", "Our wedding", "--fresh")
    assert owed["Ravi Patel"] in fresh["kept"] and owed["Ravi Patel"] not in fresh["drafted"]
    assert "thank you for the flutes" in run_json(cli, "show", str(owed["Ravi Patel"]))["body"]


USES = ["toss summer salads in it", "set the table for our first dinner party", "make coffee every morning",
        "chop vegetables for Sunday dinners", "take it to the park on weekends", "light them on winter evenings",
        "serve the holiday roast on it", "open a good bottle on our anniversary", "make tea on slow mornings",
        "fill it with honeymoon photos", "grow basil on the kitchen sill", "cook through it together"]


def skeleton(text: str, facts: dict) -> list[str]:
    """The body's sentences with the note's own facts' words taken out (as shared/scenarios/run.py does)."""
    words = set()
    for value in (facts.get("what", ""), facts.get("use", ""), facts.get("occasion", ""), *facts["givers"]):
        words |= {w for w in re.findall(r"[a-z']+", value.lower()) if len(w) > 2}
    lines = [line for line in text.strip().splitlines() if line.strip()]
    body = " ".join(lines[1:-2])
    return [" ".join(w for w in re.findall(r"[a-z']+", s.lower()) if w not in words)
            for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()]


def test_drafts_of_an_event_do_not_read_alike(cli, tmp_path):
    """The batch-wedding scenario's measures, on an event drafted from its gift list and the couple's answers."""
    run_json(cli, "event", "add", "Wedding", "--kind", "wedding", "--on", "2026-06-13")
    assert cli("config", "set", "sign", "Priya and Sam")[0] == 0
    gifts = ["Salad Bowl", "Linen Napkins", "Espresso Cups", "Cutting Board", "Picnic Blanket", "Candle Set",
             "Serving Platter", "Wine Decanter", "Tea Kettle", "Photo Album", "Herb Garden Kit", "Cookbook"]
    rows = ["Name,Gift,Date Received"] + [f"Guest{i} Family{i},{g},2026-06-{14 + i % 10}" for i, g in enumerate(gifts)]
    path = tmp_path / "twelve.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    run_json(cli, "event", "import", "Wedding", str(path))
    with open_notebook() as nb:
        from thankful.usecases import drafting

        for note_id, use in zip(range(1, 13), USES):  # the answers a couple gives to "How will you use it?"
            drafting.save_answers(nb, nb.notes.get(note_id), {"use": use})
    drafted = run_json(cli, "event", "draft", "Wedding")["drafted"]
    notes = [run_json(cli, "show", str(n)) for n in drafted]
    assert len(notes) == 12 and len({n["body"] for n in notes}) == 12
    per_note = [set(skeleton(n["body"], n["facts"])) for n in notes]
    counts: dict[str, int] = {}
    for sentences in per_note:
        for sentence in sentences:
            counts[sentence] = counts.get(sentence, 0) + 1
    every = [s for sentences in per_note for s in sentences]
    assert sum(1 for s in every if counts[s] > 1) / len(every) <= 0.5  # a mail merge: 1.0
    grams = [{tuple(w[i:i + 3]) for w in [" ".join(s).split()] for i in range(len(w) - 2)} for s in per_note]
    pairs = [(a, b) for i, a in enumerate(grams) for b in grams[i + 1:]]
    assert sum(len(a & b) / max(1, len(a | b)) for a, b in pairs) / len(pairs) <= 0.2


# --- printing and posting ------------------------------------------------------------------------------

def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info)[1])


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_batch_print_of_an_event_read_back_with_poppler_then_posted(wedding, cli, tmp_path):
    run_json(cli, "event", "draft", "Our wedding")
    cards, envelopes, labels = tmp_path / "cards.pdf", tmp_path / "envelopes.pdf", tmp_path / "labels.pdf"
    printed = run_json(cli, "event", "print", "Our wedding", "-o", str(cards))
    assert len(printed["notes"]) == 5 and printed["printed"] == printed["notes"]
    assert pdf_pages(cards) == 5
    text = pdf_text(cards)
    assert "Tom and Jane" in text and "Mr. and Mrs. Okafor" in text and "Honeymoon Fund" in text
    env = run_json(cli, "event", "print", "Our wedding", "--envelopes", "-o", str(envelopes))
    assert env["missing_address"] == ["Ana Ruiz", "Grace O'Brien"]
    assert pdf_pages(envelopes) == 3
    assert "SPRINGFIELD, IL 62701" in pdf_text(envelopes) and "CANADA" in pdf_text(envelopes)
    lab = run_json(cli, "event", "print", "Our wedding", "--labels", "avery-5160", "-o", str(labels))
    assert len(lab["notes"]) == 3 and pdf_pages(labels) == 1
    assert "Tom & Jane Smith" in pdf_text(labels) and "EVANSTON, IL 60201" in pdf_text(labels)
    shown = run_json(cli, "event", "show", "Our wedding")
    assert shown["printed"] == 5 and shown["notes"]["drafted"] == 5
    code, _, err = cli("event", "print", "Our wedding", "-o", str(tmp_path / "again.pdf"))
    assert code == 1 and "no drafted notes of Our wedding to print" in err  # printed ones need --reprint
    posted = run_json(cli, "posted", "--event", "Our wedding")
    assert sorted(posted["posted"]) == sorted(printed["notes"])
    shown = run_json(cli, "event", "show", "Our wedding")
    assert shown["notes"] == {"owed": 0, "drafted": 0, "posted": 5, "sent": 1, "skipped": 0}
    assert shown["overdue"] == 0 and shown["printed"] == 0


def test_posted_by_note_number_and_mistakes(wedding, cli):
    owed = {n["to"]: n["note"] for n in run_json(cli, "owed")}
    assert run_json(cli, "posted", str(owed["Ana Ruiz"]))["posted"] == [owed["Ana Ruiz"]]
    code, _, err = cli("posted", str(owed["Ana Ruiz"]))
    assert code == 2 and "already marked sent" in err
    code, _, err = cli("posted", "--event", "Our wedding")
    assert code == 1 and "no printed cards of Our wedding" in err
    code, _, err = cli("posted")
    assert code == 2 and "give note numbers or --event NAME" in err
    assert run_json(cli, "event", "show", "Our wedding")["notes"]["posted"] == 1


def test_event_show_plain_text_at_a_glance(wedding, cli):
    run_json(cli, "assign", "--event", "Our wedding", "--split")
    code, out, _ = cli("event", "show", "Our wedding")
    assert code == 0
    assert "Our wedding — wedding on 2026-06-13" in out
    assert "8 gifts from 6 households; 1 of 6 notes done" in out
    assert "owed 5  drafted 0  posted 0  sent 1  skipped 0" in out
    assert "without a postal address" in out and "Priya" in out and "Sam" in out


def test_the_installed_command_imports_and_shows_an_event(run_thankful):
    assert run_thankful("event", "add", "Our wedding", "--kind", "wedding", "--on", "2026-06-13").returncode == 0
    done = run_thankful("event", "import", "Our wedding", ZOLA, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"]["notes"] == 6
    shown = run_thankful("event", "show", "Our wedding", "--json")
    assert json.loads(shown.stdout)["households"] == 6


def test_notes_changed_by_any_command_are_counted_as_they_are_now(wedding, cli):
    owed = {n["to"]: n["note"] for n in run_json(cli, "owed")}
    assert cli("sent", str(owed["Ana Ruiz"]), "--via", "email")[0] == 0
    assert cli("sent", str(owed["Ravi Patel"]), "--via", "card")[0] == 0
    assert cli("skip", str(owed["Grace O'Brien"]), "--why", "thanked in person")[0] == 0
    assert cli("people", "edit", "Ana Ruiz", "--address", "4 Calle Sol\\nSevilla")[0] == 0
    run_json(cli, "assign", str(owed["Tom & Jane Smith"]), "--to", "Sam")
    shown = run_json(cli, "event", "show", "Our wedding")
    assert shown["notes"] == {"owed": 2, "drafted": 0, "posted": 1, "sent": 2, "skipped": 1}
    assert shown["by_writer"]["Sam"]["owed"] == 1 and shown["missing_address"] == 0


def test_an_event_survives_export_and_import(wedding, cli, tmp_path):
    run_json(cli, "assign", "--event", "Our wedding", "--split")
    before = run_json(cli, "event", "show", "Our wedding")
    exported = tmp_path / "notebook.json"
    assert cli("export", str(exported))[0] == 0
    code, _, err = cli("--db", str(tmp_path / "copy.db"), "import", str(exported))
    assert code == 0, err
    assert run_json(cli, "--db", str(tmp_path / "copy.db"), "event", "show", "Our wedding") == before
