"""Email: drafted notes through the person's own SMTP server, each sent once.

How a note is sent exactly once (DESIGN §8, §12):

1. `plan` checks every note before any connection: drafted, not sent, a valid address (offline check).
2. Each note is put in the outbox with a fixed Message-ID (state `queued`), committed before any attempt.
3. An attempt claims the note (`sending`, with this process's pid) in a transaction; MAIL and RCPT are
   sent; the outbox records stage `data` (committed to disk) before the message itself goes; the server's
   250 and the note's `sent` are committed together.
4. A temporary failure (4xx, connection refused) is retried with a doubling backoff; a 5xx ends in `failed`
   with the server's reason; a connection that breaks once DATA began ends in `uncertain`.
5. A `sending` row whose process is gone is judged by its stage: `queued` again if the message never left,
   `uncertain` if it may have. A sent note is never sent again; an uncertain one only with `force`.

Public API: `load_settings`, `SmtpSettings`, `plan`, `drafted_email_notes`, `send_notes`, `recover`,
`outbox_listing`, `message_for_note`, `send_message_to_self`, `SendResult`.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP as _SMTP_POLICY
from email.utils import formataddr, formatdate, parseaddr
from html import escape

from thankful.domain.errors import ThankfulError, UsageError
from thankful.domain.model import Note
from thankful.store import outbox
from thankful.store import records as db
from thankful.store.db import Notebook

from .config import effective

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
KEYRING_SERVICE = "thankful"


# --- settings -----------------------------------------------------------------------------------

@dataclass
class SmtpSettings:
    """Where and how to send. The password is read from the environment or the keyring, never stored."""

    host: str = ""
    port: int = 0  # 0: the usual port for `security`
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    sender: str = ""  # "Sam Lee <sam@example.org>"
    cafile: str = ""
    retries: int = 3
    backoff: float = 2.0
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def sender_address(self) -> str:
        return parseaddr(self.sender)[1]

    def check(self) -> None:
        """UsageError for a setting that cannot work; nothing here touches the network."""
        if not self.host:
            raise UsageError("no mail server: set it with 'thankful config set smtp.host HOST' or THANKFUL_SMTP_HOST")
        if not self.sender_address:
            raise UsageError("no sender: set it with 'thankful config set smtp.from \"Name <you@example.org>\"' "
                             "or THANKFUL_FROM")
        if self.security not in DEFAULT_PORTS:
            raise UsageError(f"unknown security {self.security!r}; choose starttls, ssl or none")
        if self.security == "none" and not is_loopback(self.host):
            raise UsageError(f"security 'none' sends your mail unencrypted, so it is allowed only to this machine, "
                             f"not to {self.host}; use starttls or ssl")


def is_loopback(host: str) -> bool:
    import ipaddress

    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def load_settings(conn, env: Mapping[str, str] | None = None) -> SmtpSettings:
    """Settings from the notebook (`thankful config`), overridden by THANKFUL_SMTP_* / THANKFUL_FROM."""
    from .config import check_value

    env = os.environ if env is None else env
    values = {key: check_value(key, value) if source != "notebook" else value
              for key, (value, source) in effective(db.all_settings(conn), env).items()}
    settings = SmtpSettings(
        host=values.get("smtp.host", ""), security=values.get("smtp.security", "starttls"),
        port=int(values.get("smtp.port", 0)), user=values.get("smtp.user", ""), sender=values.get("smtp.from", ""),
        cafile=values.get("smtp.cafile", ""), retries=int(values.get("smtp.retries", 3)),
        backoff=float(values.get("smtp.backoff", 2.0)),
    )
    settings.password = env.get("THANKFUL_SMTP_PASSWORD", "")
    return settings


def _password(settings: SmtpSettings) -> str:
    if settings.password or not settings.user:
        return settings.password
    try:
        import keyring  # optional: pip install 'thankful[keyring]'

        found = keyring.get_password(KEYRING_SERVICE, settings.user)
    except Exception:  # no keyring package or no usable backend: same as no password
        found = None
    if not found:
        raise UsageError(f"no password for {settings.user}: set THANKFUL_SMTP_PASSWORD, or store it with "
                         f"'keyring set {KEYRING_SERVICE} {settings.user}'")
    return found


# --- messages -----------------------------------------------------------------------------------

def default_subject(greeting: str) -> str:
    return f"Thank you, {greeting}" if greeting else "Thank you"


def html_body(text: str) -> str:
    """The note as simple HTML: a paragraph per blank-line block, line breaks kept, everything escaped."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    paragraphs = "\n".join(f"<p>{'<br>'.join(escape(line) for line in b.splitlines())}</p>" for b in blocks)
    return ('<!DOCTYPE html>\n<html><body style="font-family: Georgia, serif; font-size: 16px; line-height: 1.5;">\n'
            f"{paragraphs}\n</body></html>\n")


def build_message(*, to_name: str, to_address: str, subject: str, body: str, message_id: str,
                  sender: str = "", date_header: str | None = None) -> EmailMessage:
    """A plain-text note with a simple HTML alternative."""
    msg = EmailMessage()
    if sender:
        msg["From"] = sender
    if to_address:  # an .eml may leave it for the person to fill in
        msg["To"] = formataddr((to_name, to_address))
    msg["Subject"] = subject
    msg["Date"] = date_header or formatdate(localtime=True)
    msg["Message-ID"] = message_id
    text = body.replace("\r\n", "\n").strip("\n") + "\n"
    msg.set_content(text, cte="quoted-printable")  # 7-bit clean: any server takes it
    msg.add_alternative(html_body(text), subtype="html", cte="quoted-printable")
    return msg


def new_message_id(note_id: int | str, sender: str = "") -> str:
    """A globally unique Message-ID naming the note, at the sender's domain."""
    import secrets

    domain = parseaddr(sender)[1].rpartition("@")[2] or "thankful.invalid"
    return f"<thankful.{note_id}.{secrets.token_hex(8)}@{domain}>"


def ensure_message_id(nb: Notebook, note_id: int, sender: str = "") -> str:
    """The note's Message-ID, fixed (and stored) the first time it is asked for."""
    with nb.transaction() as conn:
        note = db.get_note(conn, note_id)
        if note.message_id:
            return note.message_id
        message_id = new_message_id(note_id, sender)
        db.update_note(conn, note_id, message_id=message_id)
        return message_id


def message_for_note(nb: Notebook, note_id: int, sender: str = "") -> EmailMessage:
    """The email for one note (used by .eml export); the note's Message-ID is fixed on first use."""
    item = _outgoing(nb, note_id)
    if not item.body.strip():
        raise UsageError(f"note #{note_id} has no draft yet; write one with 'thankful draft {note_id}'")
    return build_message(to_name=item.name, to_address=item.address, subject=item.subject, body=item.body,
                         message_id=ensure_message_id(nb, note_id, sender), sender=sender)


# --- planning: every check before any connection ------------------------------------------------

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

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Plan:
    ready: list[Outgoing]
    held: list[SendResult]  # notes not sent this time, and why (only with every=True)


def _outgoing(nb: Notebook, note_id: int) -> Outgoing:
    note = db.get_note(nb.conn, note_id)
    person = db.get_person(nb.conn, note.person_id)
    return Outgoing(note=note, name=person.name, address=person.email,
                    subject=note.subject.strip() or default_subject(person.greeting_name))


def _address_problem(item: Outgoing) -> str | None:
    """Check the address offline (email-validator, no DNS); a valid one is kept in its ASCII form."""
    from email_validator import EmailNotValidError, validate_email

    try:
        found = validate_email(item.address, check_deliverability=False)
    except EmailNotValidError as e:
        return (f"the address {item.address!r} of {item.name} is not valid ({e}); fix it with "
                f"'thankful people edit \"{item.name}\" --email ADDRESS'")
    if not found.ascii_email:
        return (f"the address {item.address!r} of {item.name} needs an SMTPUTF8 server, which Thankful does not "
                f"use yet; send this note from your mail client: thankful eml {item.note_id} -o FILE.eml")
    item.address = found.ascii_email
    return None


def _problem(item: Outgoing, force: bool) -> tuple[str, bool] | None:
    """Why a note cannot be sent now, and whether --all may pass over it quietly; None if it can."""
    note, box = item.note, item.box
    n = f"note #{item.note_id} to {item.name}"
    if note.status == "sent" or (box and box["state"] == "sent"):
        return f"{n} was sent on {note.sent_on or box['sent_on']}; a sent note is never sent again", True
    if note.status == "skipped":
        return f"{n} is skipped ({note.skip_reason}); there is nothing to send", True
    if not note.body.strip():
        return f"{n} has no draft yet; write one with 'thankful draft {item.note_id}'", True
    if not item.address:
        return (f"{item.name} has no email address; add one with 'thankful people edit \"{item.name}\" --email "
                f"ADDRESS', or print a card: thankful print {item.note_id}"), True
    if box and box["state"] == "sending":
        return f"{n} is being sent right now by process {box['owner_pid']} on {box['owner_host']}", True
    if box and box["state"] == "uncertain" and not force:
        return (f"{n} may already have arrived ({box['reason']}); check with them or in your Sent folder, "
                f"then send it again with --force"), True
    return None


def plan(nb: Notebook, note_ids: list[int], *, force: bool = False, every: bool = False) -> Plan:
    """Check the notes and their addresses before any connection. With `every` (the --all selection), notes
    that cannot go now are held with a reason instead of stopping the batch; a failed note is retried only
    when named. Raises UsageError naming the first problem (and how many there are)."""
    recover(nb)
    ready, held, problems = [], [], []
    for note_id in dict.fromkeys(note_ids):
        item = _outgoing(nb, note_id)
        item.box = outbox.get(nb.conn, note_id)
        problem = _problem(item, force)
        if problem is None and every and item.box and item.box["state"] == "failed":
            problem = (f"note #{note_id} failed before ({item.box['reason']}); send it by number to try again", True)
        if problem is None and (bad := _address_problem(item)):
            problem = (bad, False)
        if problem is None:
            ready.append(item)
        elif every and problem[1]:
            state = item.box["state"] if item.box else "drafted"
            held.append(SendResult(note_id, item.name, item.address, state, reason=problem[0]))
        else:
            problems.append(problem[0])
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UsageError(problems[0] + more)
    return Plan(ready, held)


def outbox_listing(nb: Notebook) -> list[dict]:
    """Every note in the outbox (for a page or a report): note, to, address, status, reason, attempts,
    message_id, queued_on, sent_on. Stale `sending` rows are judged first (see `recover`)."""
    recover(nb)
    found = []
    for row in outbox.rows(nb.conn):
        note = db.get_note(nb.conn, row["note_id"])
        person = db.get_person(nb.conn, note.person_id)
        found.append({"note": row["note_id"], "to": person.name, "address": row["recipient"],
                      "status": row["state"], "reason": row["reason"], "attempts": row["attempts"],
                      "message_id": row["message_id"], "queued_on": row["queued_on"], "sent_on": row["sent_on"]})
    return found


def drafted_email_notes(nb: Notebook) -> list[int]:
    """The --all selection: drafted notes meant to go by email whose recipient has an address."""
    return [r["note"] for r in db.list_notes(nb.conn, statuses=("drafted",))
            if r["channel"] == "email" and db.get_person(nb.conn, r["person_id"]).email]


# --- the process that owns a `sending` row ------------------------------------------------------

def _start_time(pid: int) -> str:
    """When the process started (Linux /proc), so a reused pid is not taken for the one that died."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rpartition(")")[2].split()
        return "" if fields[0] == "Z" else fields[19]
    except (OSError, IndexError):
        return ""


def _me() -> dict:
    pid = os.getpid()
    return {"pid": pid, "start": _start_time(pid), "host": socket.gethostname()}


def _alive(row: dict) -> bool:
    if row["owner_host"] != socket.gethostname():
        return True  # another machine's process: we cannot tell, so we leave it alone
    pid = row["owner_pid"]
    if pid is None:
        return False
    if os.path.isdir("/proc/self"):
        start = _start_time(pid)
        return bool(start) and (not row["owner_start"] or start == row["owner_start"])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(nb: Notebook) -> list[int]:
    """Judge `sending` rows whose process is gone: `queued` again if the message never left, else `uncertain`.
    Returns the notes that became uncertain."""
    uncertain = []
    with nb.transaction() as conn:
        for row in outbox.rows(conn, ("sending",)):
            if _alive(row):
                continue
            who = f"the sending process (pid {row['owner_pid']}) stopped"
            if row["stage"] == "data":
                outbox.finish(conn, row["note_id"], "uncertain", reason=f"{who} while handing the message to the server")
                uncertain.append(row["note_id"])
            else:
                outbox.finish(conn, row["note_id"], "queued", reason=f"{who} before the message left")
    return uncertain


# --- talking to the server ----------------------------------------------------------------------

class _Temporary(Exception):
    """Try again later: 4xx, or the server could not be reached (`unreachable`)."""

    def __init__(self, reason: str, unreachable: bool = False):
        super().__init__(reason)
        self.unreachable = unreachable


class _Permanent(Exception):
    """The server said no (5xx) to this message."""


class _Uncertain(Exception):
    """The message may or may not be with the server."""


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def _by_code(code: int, text: bytes | str) -> Exception:
    reason = _reply(code, text)
    return _Temporary(reason) if 400 <= code < 500 else _Permanent(reason)


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()  # verifies the certificate and the host name
    if settings.cafile:
        try:
            context.load_verify_locations(settings.cafile)
        except (OSError, ssl.SSLError) as e:
            raise ThankfulError(f"cannot read the certificate {settings.cafile} ({_why(e)}); fix or unset "
                                "smtp.cafile") from None
    return context


class Connection:
    """One SMTP session, opened when first needed and again after it breaks."""

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self.client: smtplib.SMTP | None = None

    def open(self) -> smtplib.SMTP:
        if self.client is None:
            self.client = self._connect()
        return self.client

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        where = f"{s.host}:{s.effective_port}"
        client = None
        try:
            if s.security == "ssl":
                client = smtplib.SMTP_SSL(s.host, s.effective_port, timeout=s.timeout, context=_tls_context(s))
            else:
                client = smtplib.SMTP(s.host, s.effective_port, timeout=s.timeout)
            client.ehlo()
            if s.security == "starttls":
                if not client.has_extn("starttls"):
                    raise ThankfulError(f"the mail server {where} does not offer STARTTLS; use smtp.security ssl "
                                        "or another server")
                client.starttls(context=_tls_context(s))
                client.ehlo()
            if s.user:
                client.login(s.user, _password(s))
            return client
        except BaseException as e:
            if client is not None:
                _close(client)
            raise _connect_error(e, where, s) from None

    def drop(self) -> None:
        if self.client is not None:
            _close(self.client)
            self.client = None

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self.drop()

    def envelope(self, sender: str, recipient: str) -> None:
        """MAIL and RCPT: nothing is delivered yet, so any failure here is safe to retry."""
        client = self.open()
        try:
            code, text = client.mail(sender)
            if code != 250:
                raise _by_code(code, text)
            code, text = client.rcpt(recipient)
            if code not in (250, 251):
                raise _by_code(code, text)
        except (_Temporary, _Permanent):
            self._reset()
            raise
        except (OSError, smtplib.SMTPException) as e:
            self.drop()
            raise _Temporary(f"the connection broke before the message was sent ({_why(e)})") from None

    def data(self, message: bytes) -> None:
        """DATA: from here on, a broken connection leaves the message's fate unknown."""
        client = self.open()
        try:
            code, text = client.data(message)
        except smtplib.SMTPDataError as e:  # DATA itself refused: nothing was handed over
            self._reset()
            raise _by_code(e.smtp_code, e.smtp_error) from None
        except (OSError, smtplib.SMTPException) as e:
            self.drop()
            raise _Uncertain(f"the connection broke after the message was handed over ({_why(e)})") from None
        if code == 250:
            return
        if 400 <= code < 600:
            self._reset()
            raise _by_code(code, text)
        self.drop()
        raise _Uncertain(f"the server answered {_reply(code, text)!r} to the message")

    def _reset(self) -> None:
        try:
            self.client.rset()
        except (OSError, smtplib.SMTPException, AttributeError):
            self.drop()


def _close(client: smtplib.SMTP) -> None:
    try:
        client.close()
    except OSError:
        pass


def _why(e: BaseException) -> str:
    return str(e).strip() or type(e).__name__


def _connect_error(e: BaseException, where: str, s: SmtpSettings) -> BaseException:
    """What a failed connection means: try later, or a setting the person must fix."""
    if isinstance(e, ThankfulError | KeyboardInterrupt):
        return e
    if isinstance(e, ssl.SSLCertVerificationError):
        return ThankfulError(f"cannot verify the certificate of {where} ({e.verify_message}); if you trust it, "
                             "give its certificate with 'thankful config set smtp.cafile FILE'")
    if isinstance(e, ssl.SSLError):
        return ThankfulError(f"no secure connection to {where} ({e.reason or e}); check smtp.security and smtp.port")
    if isinstance(e, smtplib.SMTPAuthenticationError):
        return ThankfulError(f"the mail server refused the login for {s.user} ({_reply(e.smtp_code, e.smtp_error)}); "
                             "check smtp.user and THANKFUL_SMTP_PASSWORD")
    if isinstance(e, smtplib.SMTPNotSupportedError):
        return ThankfulError(f"the mail server {where} does not accept a login over this connection ({_why(e)})")
    if isinstance(e, socket.gaierror):
        return ThankfulError(f"cannot find the mail server {s.host!r} ({_why(e)}); check smtp.host")
    if isinstance(e, smtplib.SMTPResponseException):
        if 400 <= e.smtp_code < 500:
            return _Temporary(f"{where} answered {_reply(e.smtp_code, e.smtp_error)}", unreachable=True)
        return ThankfulError(f"the mail server {where} refused the connection ({_reply(e.smtp_code, e.smtp_error)})")
    if isinstance(e, OSError | smtplib.SMTPException):
        return _Temporary(f"cannot reach {where} ({_why(e)})", unreachable=True)
    return e


# --- sending ------------------------------------------------------------------------------------

class _Sender:
    """Sends planned notes one by one through one connection, keeping the outbox true at every step."""

    def __init__(self, nb: Notebook, settings: SmtpSettings, today: date, *, force: bool,
                 sleep: Callable[[float], None]):
        self.nb, self.settings, self.today, self.force, self.sleep = nb, settings, today, force, sleep
        self.connection = Connection(settings)
        self.me = _me()

    def queue(self, items: list[Outgoing]) -> None:
        """Fix each note's Message-ID in the outbox before any attempt."""
        with self.nb.transaction() as conn:
            for item in items:
                note = db.get_note(conn, item.note_id)
                message_id = note.message_id or new_message_id(item.note_id, self.settings.sender)
                if not note.message_id:
                    db.update_note(conn, item.note_id, message_id=message_id)
                outbox.queue(conn, item.note_id, message_id=message_id, recipient=item.address,
                             on=self.today.isoformat())
                outbox.requeue(conn, item.note_id, recipient=item.address)
                item.box = outbox.get(conn, item.note_id)

    def claim(self, item: Outgoing) -> bool:
        states = ("queued", "uncertain") if self.force else ("queued",)
        with self.nb.transaction() as conn:
            return outbox.claim(conn, item.note_id, pid=self.me["pid"], start=self.me["start"],
                                host=self.me["host"], from_states=states)

    def stage(self, item: Outgoing, stage: str) -> None:
        with self.nb.transaction() as conn:
            outbox.set_stage(conn, item.note_id, stage)

    def finish(self, item: Outgoing, state: str, reason: str = "") -> SendResult:
        with self.nb.transaction() as conn:
            sent_on = self.today.isoformat() if state == "sent" else None
            outbox.finish(conn, item.note_id, state, reason=reason, sent_on=sent_on)
            if state == "sent":
                db.update_note(conn, item.note_id, status="sent", sent_on=sent_on, sent_via="email", skip_reason="")
        return SendResult(item.note_id, item.name, item.address, state, item.box["message_id"], reason, True)

    def attempt(self, item: Outgoing) -> None:
        """One try: envelope, then (after recording that the message is about to leave) the message."""
        message = build_message(to_name=item.name, to_address=item.address, subject=item.subject, body=item.body,
                                message_id=item.box["message_id"], sender=self.settings.sender)
        self.connection.envelope(self.settings.sender_address, item.address)
        self.stage(item, "data")
        self.connection.data(message.as_bytes(policy=_SMTP_POLICY))

    def send(self, item: Outgoing) -> SendResult:
        """Try a claimed note until it is sent, refused, uncertain, or out of retries (back to `queued`)."""
        delay = self.settings.backoff
        for tries_left in range(self.settings.retries, -1, -1):
            try:
                self.attempt(item)
                return self.finish(item, "sent")
            except _Temporary:
                if tries_left == 0:
                    raise
                self.stage(item, "connect")
                self.sleep(delay)
                delay *= 2
            except _Permanent as e:
                return self.finish(item, "failed", str(e))
            except _Uncertain as e:
                return self.finish(item, "uncertain", str(e))
        raise AssertionError("unreachable")

    def run(self, items: list[Outgoing]) -> list[SendResult]:
        results: list[SendResult] = []
        pending = list(items)
        try:
            while pending:
                item = pending.pop(0)
                if not self.claim(item):
                    box = outbox.get(self.nb.conn, item.note_id)
                    results.append(SendResult(item.note_id, item.name, item.address, box["state"], box["message_id"],
                                              "taken by another thankful process"))
                    continue
                try:
                    results.append(self.send(item))
                except _Temporary as e:
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
        box = outbox.get(self.nb.conn, item.note_id)
        if box and box["state"] == "sending":
            with self.nb.transaction() as conn:
                if box["stage"] == "data":
                    outbox.finish(conn, item.note_id, "uncertain", reason="sending was interrupted after the "
                                  "message was handed to the server")
                else:
                    outbox.finish(conn, item.note_id, "queued", reason="sending was interrupted before the message left")


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
    settings.password = _password(settings)  # a missing password stops us before anything is queued
    outbox.durable(nb.conn)
    sender = _Sender(nb, settings, today, force=force, sleep=sleep)
    sender.queue(found.ready)
    results = sender.run(found.ready)
    order = {n: i for i, n in enumerate(note_ids)}
    return sorted(results + found.held, key=lambda r: order.get(r.note, 0))


def send_message_to_self(settings: SmtpSettings, subject: str, text: str, *, html: str | None = None,
                         sleep: Callable[[float], None] = time.sleep) -> str:
    """Email `text` to the sender's own address (a reminders digest); returns its Message-ID.

    Not a note, so no outbox: temporary failures are retried like notes; any other failure raises
    ThankfulError with the server's reason."""
    settings.check()
    name, address = parseaddr(settings.sender)
    message_id = new_message_id("digest", settings.sender)
    msg = build_message(to_name=name, to_address=address, subject=subject, body=text, message_id=message_id,
                        sender=settings.sender)
    if html is not None:
        msg.get_body(("html",)).set_content(html, subtype="html", cte="quoted-printable")
    connection = Connection(settings)
    delay = settings.backoff
    try:
        for tries_left in range(settings.retries, -1, -1):
            try:
                connection.envelope(address, address)
                connection.data(msg.as_bytes(policy=_SMTP_POLICY))
                return message_id
            except _Temporary as e:
                if tries_left == 0:
                    raise ThankfulError(f"could not send the message to {address}: {e}; try again later") from None
                sleep(delay)
                delay *= 2
            except (_Permanent, _Uncertain) as e:
                raise ThankfulError(f"could not send the message to {address}: {e}") from None
    finally:
        connection.close()
    raise AssertionError("unreachable")
