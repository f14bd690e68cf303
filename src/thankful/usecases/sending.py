"""Sending notes by email, each exactly once, through the notebook's outbox.

How a note is sent exactly once:

1. `plan` checks every note before any connection: drafted, not sent, a valid address (offline check).
2. Each note is put in the outbox with a fixed Message-ID (state `queued`), committed before any attempt.
3. An attempt claims the note (`sending`, with this process's pid) in a transaction; MAIL and RCPT are
   sent; the outbox records stage `data` (committed to disk) before the message itself goes; the server's
   250 and the note's `sent` are committed together.
4. A temporary failure (4xx, connection refused) is retried with a doubling backoff; a 5xx ends in `failed`
   with the server's reason; a connection that breaks once DATA began ends in `uncertain`.
5. A `sending` row whose process is gone is judged by its stage: `queued` again if the message never left,
   `uncertain` if it may have. A sent note is never sent again; an uncertain one only with `force`.

The SMTP conversation itself is channels/email/smtp.py; the process checks are usecases/liveness.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from email.message import EmailMessage

from thankful.channels.email.message import build_message, default_subject, new_message_id
from thankful.channels.email.password import password_for
from thankful.channels.email.settings import SmtpSettings
from thankful.channels.email.smtp import SMTP_POLICY, Connection, Refused, Temporary, Uncertain
from thankful.channels.eml import eml_bytes, mailto
from thankful.channels.files import write_atomic
from thankful.domain.errors import NotReady, ThankfulError, UsageError
from thankful.domain.model import Note
from thankful.store import Notebook

from .liveness import alive, me

# Said when a change that sent email is undone: the notebook forgets, the recipient's inbox does not.
UNSENDABLE = "the email already went out and cannot be unsent: only the notebook's record of it changed"


def message_for_note(nb: Notebook, note_id: int, sender: str = "") -> EmailMessage:
    """The email for one note, with its Message-ID (a new one when it has none yet: stored only by
    `keep_message_id` once the message is written or sent, so a failed export changes nothing)."""
    item = _outgoing(nb, note_id)
    if not item.body.strip():
        raise NotReady(f"note #{note_id} has no draft yet", what="draft", note=note_id)
    message_id = item.note.message_id or new_message_id(note_id, sender)
    return build_message(to_name=item.name, to_address=item.address, subject=item.subject, body=item.body,
                         message_id=message_id, sender=sender)


def keep_message_id(nb: Notebook, note_id: int, message_id: str) -> None:
    """Fix the note's Message-ID, the one any later copy or send of it will carry."""
    with nb.transaction(undoable=False):  # a copy's Message-ID stays fixed, whatever is undone
        if not nb.notes.get(note_id).message_id:
            nb.notes.update(note_id, message_id=message_id)


def export_eml(nb: Notebook, note_id: int, path: str, sender: str = "") -> str:
    """Write the note as an .eml file for the person's own mail client; returns the file's path."""
    message = message_for_note(nb, note_id, sender)
    written = write_atomic(path, eml_bytes(message))
    keep_message_id(nb, note_id, message["Message-ID"])
    return written


def eml_download(nb: Notebook, note_id: int, sender: str = "") -> bytes:
    """The note as .eml bytes handed over whole (a download); its Message-ID is kept from now on."""
    message = message_for_note(nb, note_id, sender)
    data = eml_bytes(message)
    keep_message_id(nb, note_id, message["Message-ID"])
    return data


def mailto_link(nb: Notebook, note_id: int) -> str:
    """A mailto: link with the note's recipient, subject and text."""
    return mailto(message_for_note(nb, note_id))



@dataclass
class Outgoing:
    note: Note
    name: str
    address: str
    subject: str
    box: dict | None = None  # the note's outbox row, if it has one

    @property
    def note_id(self) -> int:
        return self.note.id

    @property
    def body(self) -> str:
        return self.note.body


@dataclass
class SendResult:
    """What happened to one note. `status` is its outbox state: sent, failed (refused: `reason` has the server's
    answer), uncertain (may have arrived), queued (a temporary failure: try again later), or, for a note held
    back by --all, the state that held it."""

    note: int
    to: str
    address: str
    status: str
    message_id: str = ""
    reason: str = ""
    attempted: bool = False
    what: str = ""  # for a held note, what holds it (the errors' `what`), so each face can say how to fix it

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Plan:
    ready: list[Outgoing]
    held: list[SendResult]  # notes not sent this time, and why (only with every=True)


def _outgoing(nb: Notebook, note_id: int) -> Outgoing:
    note = nb.notes.get(note_id)
    person = nb.people.get(note.person_id)
    return Outgoing(note=note, name=person.name, address=person.email,
                    subject=note.subject.strip() or default_subject(person.greeting_name))


def _address_problem(item: Outgoing) -> ThankfulError | None:
    """Check the address offline (email-validator, no DNS); a valid one is kept in its ASCII form."""
    from email_validator import EmailNotValidError, validate_email

    try:
        found = validate_email(item.address, check_deliverability=False)
    except EmailNotValidError as e:
        return UsageError(f"the address {item.address!r} of {item.name} is not valid ({e})", what="email",
                          name=item.name, note=item.note_id)
    if not found.ascii_email:
        return NotReady(f"the address {item.address!r} of {item.name} needs an SMTPUTF8 server, which Thankful "
                        "does not use yet", what="smtputf8", name=item.name, note=item.note_id)
    item.address = found.ascii_email
    return None


def _problem(item: Outgoing, force: bool) -> tuple[ThankfulError, bool] | None:
    """Why a note cannot be sent now, and whether --all may pass over it quietly; None if it can."""
    note, box, at = item.note, item.box, {"note": item.note_id, "name": item.name}
    n = f"note #{item.note_id} to {item.name}"
    if note.status == "sent" or (box and box["state"] == "sent"):
        return UsageError(f"{n} was sent on {note.sent_on or box['sent_on']}; a sent note is never sent again",
                          what="sent", **at), True
    if note.status == "skipped":
        return UsageError(f"{n} is skipped ({note.skip_reason}); there is nothing to send", what="skipped", **at), True
    if not note.body.strip():
        return NotReady(f"{n} has no draft yet", what="draft", **at), True
    if not item.address:
        return NotReady(f"{item.name} has no email address", what="email", **at), True
    if box and box["state"] == "sending":
        return UsageError(f"{n} is being sent right now by process {box['owner_pid']} on {box['owner_host']}",
                          what="sending", **at), True
    if box and box["state"] == "uncertain" and not force:
        return UsageError(f"{n} may already have arrived ({box['reason']}); check with them or in your Sent folder "
                          "before sending it again", what="uncertain", **at), True
    return None


def plan(nb: Notebook, note_ids: list[int], *, force: bool = False, every: bool = False) -> Plan:
    """Check the notes and their addresses before any connection. With `every` (the --all selection), notes
    that cannot go now are held with a reason instead of stopping the batch; a failed note is retried only
    when named. Raises UsageError naming the first problem (and how many there are)."""
    recover(nb)
    ready, held, problems = [], [], []
    for note_id in dict.fromkeys(note_ids):
        item = _outgoing(nb, note_id)
        item.box = nb.outbox.get(note_id)
        problem = _problem(item, force)
        if problem is None and every and item.box and item.box["state"] == "failed":
            problem = (UsageError(f"note #{note_id} failed before ({item.box['reason']}); send it on its own to "
                                  "try again", what="failed", note=note_id, name=item.name), True)
        if problem is None and (bad := _address_problem(item)):
            problem = (bad, False)
        if problem is None:
            ready.append(item)
        elif every and problem[1]:
            state = item.box["state"] if item.box else "drafted"
            held.append(SendResult(note_id, item.name, item.address, state, reason=str(problem[0]),
                                   what=problem[0].what))
        else:
            problems.append(problem[0])
    if problems:
        first = problems[0]
        if len(problems) > 1:
            first.args = (f"{first} (and {len(problems) - 1} more)",)
        raise first
    return Plan(ready, held)


def outbox_listing(nb: Notebook) -> list[dict]:
    """Every note in the outbox (for a page or a report): note, to, address, status, reason, attempts,
    message_id, queued_on, sent_on. Stale `sending` rows are judged first (see `recover`)."""
    recover(nb)
    found = []
    for row in nb.outbox.rows():
        note = nb.notes.get(row["note_id"])
        person = nb.people.get(note.person_id)
        found.append({"note": row["note_id"], "to": person.name, "address": row["recipient"],
                      "status": row["state"], "reason": row["reason"], "attempts": row["attempts"],
                      "message_id": row["message_id"], "queued_on": row["queued_on"], "sent_on": row["sent_on"]})
    return found


def drafted_email_notes(nb: Notebook) -> list[int]:
    """The --all selection: drafted notes meant to go by email whose recipient has an address."""
    return [r["note"] for r in nb.notes.listing(statuses=("drafted",))
            if r["channel"] == "email" and nb.people.get(r["person_id"]).email]



def recover(nb: Notebook) -> list[int]:
    """Judge `sending` rows whose process is gone: `queued` again if the message never left, else `uncertain`.
    Returns the notes that became uncertain."""
    uncertain = []
    with nb.transaction(undoable=False):  # judging a stopped process is not a change a person made
        for row in nb.outbox.rows(("sending",)):
            if alive(row):
                continue
            who = f"the sending process (pid {row['owner_pid']}) stopped"
            if row["stage"] == "data":
                nb.outbox.finish(row["note_id"], "uncertain", reason=f"{who} while handing the message to the server")
                uncertain.append(row["note_id"])
            else:
                nb.outbox.finish(row["note_id"], "queued", reason=f"{who} before the message left")
    return uncertain



class _Sender:
    """Sends planned notes one by one through one connection, keeping the outbox true at every step."""

    def __init__(self, nb: Notebook, settings: SmtpSettings, today: date, *, force: bool,
                 sleep: Callable[[float], None], change=None):
        self.nb, self.settings, self.today, self.force, self.sleep = nb, settings, today, force, sleep
        self.change = change  # the one change to undo that this whole send makes
        self.connection = Connection(settings)
        self.me = me()

    def queue(self, items: list[Outgoing]) -> None:
        """Fix each note's Message-ID in the outbox before any attempt."""
        outbox = self.nb.outbox
        with self.nb.transaction():
            for item in items:
                note = self.nb.notes.get(item.note_id)
                message_id = note.message_id or new_message_id(item.note_id, self.settings.sender)
                if not note.message_id:
                    self.nb.notes.update(item.note_id, message_id=message_id)
                outbox.queue(item.note_id, message_id=message_id, recipient=item.address, on=self.today.isoformat())
                outbox.requeue(item.note_id, recipient=item.address)
                item.box = outbox.get(item.note_id)

    def claim(self, item: Outgoing) -> bool:
        states = ("queued", "uncertain") if self.force else ("queued",)
        with self.nb.transaction():
            return self.nb.outbox.claim(item.note_id, pid=self.me["pid"], start=self.me["start"],
                                host=self.me["host"], from_states=states)

    def stage(self, item: Outgoing, stage: str) -> None:
        with self.nb.transaction():
            self.nb.outbox.set_stage(item.note_id, stage)

    def finish(self, item: Outgoing, state: str, reason: str = "") -> SendResult:
        with self.nb.transaction():
            sent_on = self.today.isoformat() if state == "sent" else None
            self.nb.outbox.finish(item.note_id, state, reason=reason, sent_on=sent_on)
            if state == "sent" and self.change is not None:
                self.change.notice = UNSENDABLE
            if state == "sent":
                self.nb.notes.update(item.note_id, status="sent", sent_on=sent_on, sent_via="email", skip_reason="")
        return SendResult(item.note_id, item.name, item.address, state, item.box["message_id"], reason, True)

    def attempt(self, item: Outgoing) -> None:
        """One try: envelope, then (after recording that the message is about to leave) the message."""
        message = build_message(to_name=item.name, to_address=item.address, subject=item.subject, body=item.body,
                                message_id=item.box["message_id"], sender=self.settings.sender)
        self.connection.envelope(self.settings.sender_address, item.address)
        self.stage(item, "data")
        self.connection.data(message.as_bytes(policy=SMTP_POLICY))

    def send(self, item: Outgoing) -> SendResult:
        """Try a claimed note until it is sent, refused, uncertain, or out of retries (back to `queued`)."""
        delay = self.settings.backoff
        for tries_left in range(self.settings.retries, -1, -1):
            try:
                self.attempt(item)
                return self.finish(item, "sent")
            except Temporary:
                if tries_left == 0:
                    raise
                self.stage(item, "connect")
                self.sleep(delay)
                delay *= 2
            except Refused as e:
                return self.finish(item, "failed", str(e))
            except Uncertain as e:
                return self.finish(item, "uncertain", str(e))
        raise AssertionError("unreachable")

    def run(self, items: list[Outgoing]) -> list[SendResult]:
        results: list[SendResult] = []
        pending = list(items)
        try:
            while pending:
                item = pending.pop(0)
                if not self.claim(item):
                    box = self.nb.outbox.get(item.note_id)
                    results.append(SendResult(item.note_id, item.name, item.address, box["state"], box["message_id"],
                                              "taken by another thankful process"))
                    continue
                try:
                    results.append(self.send(item))
                except Temporary as e:
                    results.append(self.finish(item, "queued", f"will retry: {e}"))
                    if e.unreachable:  # the server is down: leave the rest queued for next time
                        results += [self.untried(i, str(e)) for i in pending]
                        pending = []
                except BaseException:
                    self.abandon(item)
                    raise
        finally:
            self.connection.close()
        return results

    def untried(self, item: Outgoing, why: str) -> SendResult:
        return SendResult(item.note_id, item.name, item.address, item.box["state"], item.box["message_id"],
                          f"not tried: {why}")

    def abandon(self, item: Outgoing) -> None:
        """Stopped mid-attempt (a settings error, Ctrl-C): judge the note by how far it got."""
        box = self.nb.outbox.get(item.note_id)
        if box and box["state"] == "sending":
            with self.nb.transaction():
                if box["stage"] == "data":
                    self.nb.outbox.finish(item.note_id, "uncertain", reason="sending was interrupted after the "
                                  "message was handed to the server")
                else:
                    self.nb.outbox.finish(item.note_id, "queued", reason="sending was interrupted before the message left")


def send_notes(nb: Notebook, note_ids: list[int], settings: SmtpSettings, today: date, *, force: bool = False,
               every: bool = False, sleep: Callable[[float], None] = time.sleep) -> list[SendResult]:
    """Send drafted notes by email, each at most once; returns one SendResult per note, in order.

    `force` resends notes left `uncertain` (same Message-ID). `every` holds back, instead of refusing, notes
    that cannot go now (the --all selection). Raises UsageError before any connection for a bad note, address
    or setting, and ThankfulError for a server that refuses the connection (TLS, login); notes not yet tried
    then stay `queued`.
    """
    settings.check()
    found = plan(nb, note_ids, force=force, every=every)
    if not found.ready:
        return found.held
    settings.password = password_for(settings)  # a missing password stops us before anything is queued
    nb.outbox.durable()
    with nb.change("email " + ", ".join(f"#{item.note_id}" for item in found.ready)) as change:
        sender = _Sender(nb, settings, today, force=force, sleep=sleep, change=change)
        sender.queue(found.ready)
        results = sender.run(found.ready)
    order = {n: i for i, n in enumerate(note_ids)}
    return sorted(results + found.held, key=lambda r: order.get(r.note, 0))
