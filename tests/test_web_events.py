"""The events pages with Starlette's TestClient: add an event, import with a preview of the columns, the gift
table sorted and filtered, a note's state changed in place, the writing shared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient  # noqa: F401 (types in the helpers)

from conftest import csrf_of

ZOLA = Path(__file__).parent / "fixtures" / "events" / "zola-wedding.csv"


def token(client: TestClient) -> str:
    return csrf_of(client, "/events")


def post(client: TestClient, url: str, data: dict | None = None, **kw):
    return client.post(url, data={"csrf_token": token(client), **(data or {})}, **kw)


def gift_rows(html: str) -> list[str]:
    return re.findall(r'<tr id="gift-\d+" class="state-(\w+)">\s*<td>(?:<a [^>]*>)?([^<]+)', html)


@pytest.fixture
def imported(client):
    r = post(client, "/events", {"name": "Our wedding", "kind": "wedding", "on": "2026-06-13", "writers": "Priya, Sam"})
    assert r.status_code == 303 and r.headers["location"] == "/events/1/import"
    preview = post(client, "/events/1/import", files={"file": ("zola.csv", ZOLA.read_bytes(), "text/csv")})
    assert preview.status_code == 200
    columns = re.findall(r'name="column" value="([^"]+)"', preview.text)
    chosen = [m[1] if m else "" for m in (re.search(r'<option value="([^"]*)" selected', s) for s in
                                          re.findall(r'<select id="map-\d+" name="field">(.*?)</select>', preview.text, re.S))]
    token_ = re.search(r'name="token" value="([^"]+)"', preview.text).group(1)
    return client, columns, chosen, token_


def test_import_shows_the_column_mapping_before_importing(imported):
    client, columns, chosen, _ = imported
    assert columns[:3] == ["Gift Giver", "Item Name", "Quantity"]
    assert dict(zip(columns, chosen))["Thank You Sent"] == "thanked"
    assert client.get("/events/1").text.count('<tr id="gift-') == 0  # nothing imported until it is confirmed


def test_confirming_imports_and_the_event_page_shows_progress_and_the_gift_table(imported):
    client, columns, chosen, token_ = imported
    r = post(client, "/events/1/import/confirm", {"token": token_, "column": columns, "field": chosen})
    assert r.status_code == 303 and r.headers["location"] == "/events/1"
    page = client.get("/events/1").text
    assert "Imported 8 gifts from 8 rows: 6 notes, 6 new people." in page
    assert '<progress id="event-progress" value="1" max="6">' in page and "1 of 6" in page
    assert len(gift_rows(page)) == 8 and "Tom &amp; Jane Smith" in page
    assert "$449" not in page and "449.99" not in page  # what a gift cost is not shown in the table


def test_a_corrected_column_is_used(imported):
    client, columns, chosen, token_ = imported
    fields = [("" if c == "Gift Giver" else f) for c, f in zip(columns, chosen)]  # giver ignored: refused
    r = post(client, "/events/1/import/confirm", {"token": token_, "column": columns, "field": fields})
    assert r.status_code == 400 and "no column says who gave each gift" in r.text
    fields = [("message" if c == "Item Name" else f) for c, f in zip(columns, chosen)]
    r = post(client, "/events/1/import/confirm", {"token": token_, "column": columns, "field": fields})
    assert r.status_code == 303
    page = client.get("/events/1?sort=giver").text
    assert "So happy for you both!" not in page and "KitchenAid" not in page  # the item went to the message


def test_sort_filter_and_change_a_state_in_place(imported):
    client, columns, chosen, token_ = imported
    post(client, "/events/1/import/confirm", {"token": token_, "column": columns, "field": chosen})
    by_giver = [g for _, g in gift_rows(client.get("/events/1?sort=giver").text)]
    assert by_giver == sorted(by_giver, key=str.casefold)
    backwards = [g for _, g in gift_rows(client.get("/events/1?sort=giver&dir=desc").text)]
    assert backwards == by_giver[::-1]
    sent = gift_rows(client.get("/events/1?state=sent").text)
    assert sent == [("sent", "The Nakamura Family")]
    r = post(client, "/events/1/notes/2", {"state": "posted"}, headers={"HX-Request": "true"})
    assert r.status_code == 200 and 'class="state-posted"' in r.text and "Mr. and Mrs. Okafor" in r.text
    assert "<html" not in r.text  # the row alone, swapped in place
    assert gift_rows(client.get("/events/1?state=posted").text) == [("posted", "Mr. and Mrs. Okafor")]
    r = post(client, "/events/1/notes/999", {"state": "posted"})
    assert r.status_code == 400 and "not one of Our wedding" in r.text


def test_share_the_writing_and_filter_by_writer(imported):
    client, columns, chosen, token_ = imported
    post(client, "/events/1/import/confirm", {"token": token_, "column": columns, "field": chosen})
    r = post(client, "/events/1/split", {"writers": "Priya, Sam"})
    assert r.status_code == 303
    page = client.get("/events/1").text
    assert "Shared the open notes: " in page
    priya = gift_rows(client.get("/events/1?writer=Priya").text)
    assert ("owed", "Tom &amp; Jane Smith") in priya and all(g != "Mr. and Mrs. Okafor" for _, g in priya)
    nobody = gift_rows(client.get("/events/1?writer=-").text)
    assert nobody == [("sent", "The Nakamura Family")]  # the thanked note was not shared out


def test_bad_uploads_and_unknown_events(client):
    post(client, "/events", {"name": "Party", "kind": "birthday", "on": "2026-06-20"})
    r = post(client, "/events/1/import", files={"file": ("empty.csv", b"", "text/csv")})
    assert r.status_code == 400 and "empty" in r.text
    r = post(client, "/events/1/import/confirm", {"token": "nope", "column": [], "field": []})
    assert r.status_code == 400 and "expired" in r.text
    r = client.get("/events/42")
    assert r.status_code == 404 and 'href="/events"' in r.text
    r = post(client, "/events", {"name": "Party", "kind": "birthday", "on": "2026-06-21"})
    assert r.status_code == 400 and "already an event called" in r.text


def test_events_page_lists_them_with_progress(client):
    post(client, "/events", {"name": "Our wedding", "kind": "wedding", "on": "2026-06-13"})
    page = client.get("/events").text
    assert '<a href="/events/1">Our wedding</a>' in page and "0 of 0" in page
    assert 'href="/events" aria-current="page"' in page
