"""Contacts and addresses: vCard quirks, Google and Outlook CSV, guest lists, merging without duplicates,
households read from names, and addresses laid out by the country's postal rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thankful.domain import households
from thankful.domain.addresses import country_code, format_postal

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def people_import(cli, name: str, *more: str) -> dict:
    code, out, err = cli("people", "import", str(FIXTURES / name), *more, "--json")
    assert code == 0, err
    return json.loads(out)


def everyone(nb) -> dict:
    return {p.name: p for p in nb.people.all()}


# --- households --------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["Tom & Jane Smith", "Tom and Jane Smith", "Jane and Tom Smith",
                                     "Tom + Jane Smith", "tom and jane smith"])
def test_a_couple_written_any_way_has_one_key_and_is_greeted_by_first_names(written):
    found = households.read(written)
    assert found.key == "jane smith|tom smith" and found.size == 2 and found.surname == "smith"
    assert found.call.lower() in ("tom and jane", "jane and tom")


@pytest.mark.parametrize("written, call", [("Mr. and Mrs. Smith", "Mr. and Mrs. Smith"),
                                           ("Mr. & Mrs. Tom Smith", "Mr. and Mrs. Smith"),
                                           ("The Smith Family", "Smith family"), ("the Smiths", "Smith family"),
                                           ("Smith family", "Smith family")])
def test_names_without_first_names_are_found_by_surname(written, call):
    found = households.read(written)
    assert found.by_surname and found.surname == "smith" and found.call == call and found.key == "smith|"


def test_other_names():
    assert households.read("Smith, Tom").name == "Tom Smith"
    assert households.read("The Joneses").call == "Jones family"
    two = households.read("Ana García-López & Luis Pérez")
    assert two.call == "Ana and Luis" and two.surname == "" and two.key == "ana garcia-lopez|luis perez"
    assert households.read("Tom, Jane and Lily Smith").size == 3
    assert households.read("Mr. Tom Smith").key == households.read("Tom Smith").key
    assert households.read("  ") is None
    assert households.name_from_parts("Tom", "Smith", "Jane", "Smith") == "Tom and Jane Smith"
    assert households.name_from_parts("Ana", "Ruiz", "Luis", "Pérez") == "Ana Ruiz and Luis Pérez"
    assert households.name_from_parts("Lily", "Chen") == "Lily Chen"


# --- addresses ----------------------------------------------------------------------------------------

def test_addresses_follow_the_destination_countrys_layout():
    assert format_postal(street="12 Elm St", line2="Apt 4", city="Springfield", region="Illinois",
                         postal_code="62701", country="USA") == "12 Elm St\nApt 4\nSPRINGFIELD, IL 62701"
    assert format_postal(street="Invalidenstraße 12", city="Berlin", postal_code="10115",
                         country="Deutschland") == "Invalidenstraße 12\n10115 BERLIN\nGERMANY"
    assert format_postal(street="10 Downing Street", city="London", postal_code="SW1A 2AA",
                         country="UK") == "10 Downing Street\nLONDON\nSW1A 2AA\nUNITED KINGDOM"
    # mail at home has no country line, whatever home is
    assert format_postal(street="10 Downing Street", city="London", postal_code="SW1A 2AA", country="GB",
                         home="GB") == "10 Downing Street\nLONDON\nSW1A 2AA"
    assert format_postal(street="12 Elm St", city="Springfield", postal_code="62701") == "12 Elm St\nSPRINGFIELD 62701"
    assert country_code("United States of America") == "US" and country_code("Côte d'Ivoire") == "CI"
    assert format_postal(street="5 Main", city="Nowhere", country="Atlantis") == "5 Main\nNowhere\nAtlantis"


def test_the_home_country_is_a_setting(cli, nb):
    assert cli("config", "set", "country", "ca")[0] == 0
    people_import(cli, "guest-list.csv")
    people = everyone(nb)
    assert people["Nadia Haddad"].address == "9 HARBOUR ROAD\nHALIFAX NS B3H 1A1"  # home: no CANADA line
    assert people["Tom and Jane Smith"].address.endswith("UNITED STATES")
    code, _, err = cli("config", "set", "country", "Canada")
    assert code == 2 and "two-letter country code" in err


# --- vCard ----------------------------------------------------------------------------------------------

def test_apple_vcard_with_grouped_addresses_folded_lines_and_cr_cr_lf(cli, nb):
    assert b"\r\r\n" in (FIXTURES / "apple-contacts.vcf").read_bytes()  # the quirk is really in the file
    result = people_import(cli, "apple-contacts.vcf")
    assert result == {"added": 2, "merged": 0, "skipped": 0, "skipped_entries": [], "format": "vcard",
                      "dry_run": False}
    dana = everyone(nb)["Dana Whitfield"]
    assert dana.email == "dana.whitfield@example.org"
    # item1.ADR (the preferred, home one) with its escaped new line; its country from item1.X-ABADR
    assert dana.address == "42 Lakeview Terrace\nSuite 3\nANN ARBOR, MI 48104"


def test_vcard_4_and_a_card_with_no_name_is_skipped_with_its_line(cli, nb):
    result = people_import(cli, "contacts-v4.vcf")
    assert result["added"] == 2 and result["skipped"] == 1
    assert result["skipped_entries"][0]["line"] == 14 and result["skipped_entries"][0]["reason"] == "no name"
    people = everyone(nb)
    assert people["Lena Hoffmann"].address == "Invalidenstraße 12\n10115 BERLIN\nGERMANY"
    assert people["Ravi Patel"].address.splitlines()[0] == "200 KING ST W, UNIT 1201"  # an escaped comma


def test_a_broken_vcard_names_the_file_and_changes_nothing(cli, nb, tmp_path):
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL;TYPE=home\nEND:VCARD\n"
                      "BEGIN:VCARD\nVERSION:3.0\nFN Bo Kim\n", encoding="utf-8")
    code, _, err = cli("people", "import", str(broken))
    assert code == 2 and "broken.vcf" in err and "nothing was imported" in err
    assert nb.people.all() == []


# --- CSV shapes and merging -------------------------------------------------------------------------------

def test_google_contacts_csv_with_multi_values_and_starred_labels(cli, nb):
    result = people_import(cli, "google-contacts.csv")
    assert result["format"] == "google" and result["added"] == 3
    people = everyone(nb)
    lily = people["Lily Chen"]
    assert lily.email == "lily.chen@example.org"  # "* Home ::: Work": the starred one of the two
    assert lily.address == "77 Maple Ave\nApt 2B\nAUSTIN, TX 78701" and lily.relationship == "family"
    assert people["Marco Rossi"].address.endswith("ITALY")
    assert people["Tom Smith"].relationship == "friend"


def test_outlook_csv_home_then_business_address(cli, nb):
    result = people_import(cli, "outlook-contacts.csv")
    assert result["format"] == "outlook" and result["added"] == 2
    people = everyone(nb)
    assert people["Nadia Haddad"].address == "9 HARBOUR ROAD\nHALIFAX NS B3H 1A1\nCANADA"
    assert people["Nadia Haddad"].relationship == "friend"
    assert people["Marco Rossi"].address.startswith("1 Corso Como")  # no home address: the business one


def test_merging_by_email_or_name_never_duplicates(cli, nb):
    assert cli("people", "add", "Tom & Jane Smith")[0] == 0
    first = people_import(cli, "guest-list.csv")
    assert first["added"] == 3 and first["merged"] == 1  # the Smiths, written another way, got their address
    smiths = [p for p in nb.people.all() if "Smith" in p.name]
    assert len(smiths) == 1 and smiths[0].address.startswith("12 Elm St")
    second = people_import(cli, "google-contacts.csv")  # Lily Chen again (by name), Marco and Tom Smith new
    assert second["merged"] == 1 and second["added"] == 2
    third = people_import(cli, "outlook-contacts.csv")  # Nadia (by name) and Marco (by email) again
    assert third == {**third, "added": 0, "merged": 2}
    again = people_import(cli, "guest-list.csv")
    assert again["added"] == 0 and again["merged"] == 4
    names = [p.name for p in nb.people.all()]
    assert len(names) == len(set(names)) == 6
    assert everyone(nb)["Lily Chen"].email == "lily.chen@example.org"  # filled in by Google's file


def test_people_import_dry_run_and_plain_output(cli, nb):
    code, out, _ = cli("people", "import", str(FIXTURES / "guest-list.csv"), "--dry-run")
    assert code == 0 and "Would add 4 people" in out and "Dry run" in out
    assert nb.people.all() == []
    code, out, _ = cli("people", "import", str(FIXTURES / "guest-list.csv"))
    assert "Added 4 people and merged 0" in out and "(guest list)" in out


def test_a_guest_list_then_a_gift_list_share_the_households(cli, nb):
    people_import(cli, "guest-list.csv")
    assert cli("event", "add", "Our wedding", "--kind", "wedding", "--on", "2026-06-13")[0] == 0
    code, out, err = cli("event", "import", "Our wedding", str(FIXTURES / "zola-wedding.csv"), "--json")
    assert code == 0, err
    assert json.loads(out)["added"]["people"] == 5  # the Smiths came from the guest list
    smiths = [p for p in nb.people.all() if "Smith" in p.name]
    assert [s.name for s in smiths] == ["Tom and Jane Smith"]
    assert smiths[0].email == "tom.smith@example.org"  # the gift list filled in what the guest list lacked
