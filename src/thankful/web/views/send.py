"""Send: email preview, send through the outbox, .eml download, and the outbox's state."""

from __future__ import annotations

from ..core import Page, view


@view
def preview(page: Page):
    return page.render("soon.html", title="Send", part="Sending email")


@view
def send(page: Page):
    return page.render("soon.html", title="Send", part="Sending email")


@view
def eml(page: Page):
    return page.render("soon.html", title="Send", part="Email files")


@view
def outbox(page: Page):
    return page.render("soon.html", title="Outbox", part="The outbox")
