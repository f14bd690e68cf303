"""Settings: how you sign, and how notes travel (mail server, sender, return address). Never a password."""

from __future__ import annotations

import os

from thankful.domain.errors import UsageError
from thankful.domain.settings import SECURITIES, SETTINGS
from thankful.usecases import configuration
from thankful.web.core import Page, view

# The settings a person fills in here, in the order they think of them; the rest stay with `thankful config`.
SHOWN = (
    ("sign", "How you sign your notes", "e.g. Sam"),
    ("return.address", "Your postal address, for envelopes (name first)", ""),
    ("smtp.from", "Send email as", "e.g. Sam Lee <sam@example.org>"),
    ("smtp.host", "Mail server", "e.g. smtp.example.org"),
    ("smtp.port", "Port", "e.g. 587"),
    ("smtp.security", "Security", ""),
    ("smtp.user", "Login name", ""),
)


def _context(page: Page, values: dict | None = None, error: str = "") -> dict:
    found = configuration.effective(page.nb)
    rows = []
    for key, label, example in SHOWN:
        value, source = found.get(key, ("", ""))
        env = SETTINGS[key].env
        rows.append({"key": key, "id": key.replace(".", "-"), "label": label, "example": example,
                     "value": values[key] if values is not None else value,
                     "locked": env if source == env else ""})
    return {"rows": rows, "securities": SECURITIES, "error": error,
            "password_set": bool(os.environ.get("THANKFUL_SMTP_PASSWORD", "").strip())}


@view
def index(page: Page):
    return page.render("settings.html", **_context(page))


@view
def save(page: Page):
    values = {key: page.field(key) for key, _, _ in SHOWN}
    try:
        with page.nb.transaction("settings"):
            for key, value in values.items():
                env = SETTINGS[key].env
                if env and os.environ.get(env, "").strip():
                    continue  # the environment decides this one; the field only showed it
                if value.strip():
                    configuration.set_value(page.nb, key, value)
                else:
                    configuration.unset(page.nb, key)
    except UsageError as e:
        return page.render("settings.html", status=400, **_context(page, values, str(e)))
    return page.redirect("/settings", flash="Settings saved.")
