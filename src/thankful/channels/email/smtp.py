"""Talking to the mail server: one SMTP session, and what each answer means (sent, refused, try later,
or uncertain once the message may have been handed over)."""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from email.policy import SMTP as SMTP_POLICY
from email.utils import parseaddr

from thankful.domain.errors import ThankfulError

from .message import build_message, new_message_id
from .password import password_for
from .settings import SmtpSettings


class Temporary(Exception):
    """Try again later: 4xx, or the server could not be reached (`unreachable`)."""

    def __init__(self, reason: str, unreachable: bool = False):
        super().__init__(reason)
        self.unreachable = unreachable


class Refused(Exception):
    """The server said no (5xx) to this message."""


class Uncertain(Exception):
    """The message may or may not be with the server."""


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def _by_code(code: int, text: bytes | str) -> Exception:
    reason = _reply(code, text)
    return Temporary(reason) if 400 <= code < 500 else Refused(reason)


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
                client.login(s.user, password_for(s))
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
        except (Temporary, Refused):
            self._reset()
            raise
        except (OSError, smtplib.SMTPException) as e:
            self.drop()
            raise Temporary(f"the connection broke before the message was sent ({_why(e)})") from None

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
            raise Uncertain(f"the connection broke after the message was handed over ({_why(e)})") from None
        if code == 250:
            return
        if 400 <= code < 600:
            self._reset()
            raise _by_code(code, text)
        self.drop()
        raise Uncertain(f"the server answered {_reply(code, text)!r} to the message")

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
                             "give its certificate file", what="setting", name="smtp.cafile")
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
            return Temporary(f"{where} answered {_reply(e.smtp_code, e.smtp_error)}", unreachable=True)
        return ThankfulError(f"the mail server {where} refused the connection ({_reply(e.smtp_code, e.smtp_error)})")
    if isinstance(e, OSError | smtplib.SMTPException):
        return Temporary(f"cannot reach {where} ({_why(e)})", unreachable=True)
    return e


def send_to_self(settings: SmtpSettings, subject: str, text: str, *, html: str | None = None,
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
                connection.data(msg.as_bytes(policy=SMTP_POLICY))
                return message_id
            except Temporary as e:
                if tries_left == 0:
                    raise ThankfulError(f"could not send the message to {address}: {e}; try again later") from None
                sleep(delay)
                delay *= 2
            except (Refused, Uncertain) as e:
                raise ThankfulError(f"could not send the message to {address}: {e}") from None
    finally:
        connection.close()
    raise AssertionError("unreachable")
