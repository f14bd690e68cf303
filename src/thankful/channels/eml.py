"""For people who send from their own mail client: an .eml file (opens as a draft) and a mailto: link."""

from __future__ import annotations

from email.message import EmailMessage
from urllib.parse import quote

from .base import Channel

CHANNEL = Channel("eml", "from your own mail program", needs="email")


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as an RFC 5322 file marked unsent, so mail clients open it ready to send."""
    message["X-Unsent"] = "1"  # Outlook and others open it as a draft
    return message.as_bytes()


def mailto(message: EmailMessage) -> str:
    """A mailto: link (RFC 6068) with the recipient, subject and body filled in."""
    address = message["To"].addresses[0].addr_spec if message["To"] else ""
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n").replace("\n", "\r\n")
    return (f"mailto:{quote(address, safe='@')}?subject={quote(str(message['Subject']), safe='')}"
            f"&body={quote(body, safe='')}")
