"""A note as an email: plain text with a simple HTML alternative, and a Message-ID fixed before sending."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, formatdate, parseaddr
from html import escape


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
