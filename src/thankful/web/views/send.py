"""Send: the email as it will go, sent once through the outbox, or as an .eml / mailto for your own mail
client; and the outbox, with notes whose delivery is uncertain called out."""

from __future__ import annotations

from starlette.responses import Response

from thankful.channels.email.message import default_subject
from thankful.domain.errors import ThankfulError, UsageError
from thankful.domain.validate import read_id
from thankful.usecases import configuration, sending, track
from thankful.web.core import Page, view

EXPLAIN = {
    "queued": "Not sent yet: the server could not be reached. Try again later.",
    "sending": "Being sent right now.",
    "failed": "The mail server refused it.",
    "uncertain": "It may already have arrived: the connection broke after the message was handed over. "
                 "Check your Sent folder or ask them before sending it again.",
    "sent": "Sent.",
}


def _preview(page: Page, note_id: int) -> dict:
    """What the email will look like, and anything that stops it going: no draft, no address, no server."""
    note = page.nb.notes.get(note_id)
    person = page.nb.people.get(note.person_id)
    settings = configuration.smtp_settings(page.nb)
    problems = []
    try:
        settings.check()
    except UsageError as e:
        problems.append(("server", str(e)))
    if not person.email:
        problems.append(("address", f"{person.name} has no email address yet."))
    if not note.body.strip():
        problems.append(("draft", "There is no draft to send yet."))
    box = _outbox_row(page, note_id)
    return {"note": note, "person": person, "sender": settings.sender, "server": settings.host,
            "subject": note.subject.strip() or default_subject(person.greeting_name),
            "problems": problems, "box": box, "explain": EXPLAIN}


def _outbox_row(page: Page, note_id: int) -> dict | None:
    return next((r for r in sending.outbox_listing(page.nb) if r["note"] == note_id), None)


@view
def preview(page: Page):
    note_id = read_id(page.param("note"), "note")
    data = _preview(page, note_id)
    mailto = ""
    if data["note"].body.strip():
        mailto = sending.mailto_link(page.nb, note_id)
    return page.render("send.html", **data, mailto=mailto, info=track.show(page.nb, note_id))


@view
def send(page: Page):
    note_id = read_id(page.param("note"), "note")
    force = page.field("force") == "yes"
    settings = configuration.smtp_settings(page.nb)
    try:
        [result] = sending.send_notes(page.nb, [note_id], settings, page.today, force=force)
    except ThankfulError as e:
        return page.redirect(f"/notes/{note_id}/send", flash=str(e), kind="warn")
    if result.status == "sent":
        return page.redirect(f"/notes/{note_id}", flash=f"Sent to {result.to} <{result.address}>.")
    why = result.reason or EXPLAIN.get(result.status, "")
    return page.redirect(f"/notes/{note_id}/send", flash=f"Not sent ({result.status}): {why}", kind="warn")


@view
def eml(page: Page):
    note_id = read_id(page.param("note"), "note")
    data = sending.eml_download(page.nb, note_id, configuration.smtp_settings(page.nb).sender)
    return Response(data, media_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="thankful-note-{note_id}.eml"'})


@view
def outbox(page: Page):
    rows = sending.outbox_listing(page.nb)
    rows.sort(key=lambda r: (r["status"] != "uncertain", r["status"] != "failed", -r["note"]))
    ready = [track.show(page.nb, n) for n in sending.drafted_email_notes(page.nb)]
    waiting = {r["note"] for r in rows if r["status"] != "failed"}
    ready = [n for n in ready if n["note"] not in waiting]
    return page.render("outbox.html", rows=rows, ready=ready, explain=EXPLAIN,
                       uncertain=[r for r in rows if r["status"] == "uncertain"])


@view
def send_all(page: Page):
    ids = sending.drafted_email_notes(page.nb)
    if not ids:
        return page.redirect("/outbox", flash="No drafted email notes to send.")
    settings = configuration.smtp_settings(page.nb)
    try:
        results = sending.send_notes(page.nb, ids, settings, page.today, every=True)
    except ThankfulError as e:
        return page.redirect("/outbox", flash=str(e), kind="warn")
    sent = sum(r.status == "sent" for r in results)
    kind = "ok" if sent == len(results) else "warn"
    return page.redirect("/outbox", flash=f"Sent {sent} of {len(results)} notes.", kind=kind)
