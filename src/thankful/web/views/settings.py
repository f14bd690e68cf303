"""Settings: how you sign, your postal address, how email goes (provider, server, login, password,
a test message), and which model polishes drafts (and whether the note's facts leave the machine). The password is kept in the system keyring or a file only you can read, never in the
notebook; a setting the environment decides is shown, not changed."""

from __future__ import annotations

from markupsafe import Markup

from thankful.domain.errors import ThankfulError
from thankful.domain.settings import SECURITIES, SETTINGS
from thankful.usecases import configuration, polishing
from thankful.web.core import Page, view

# The settings a person fills in here, in the order they think of them; the rest stay with `thankful config`.
SHOWN = (
    ("sign", "How you sign your notes", "e.g. Sam"),
    ("return.address", "Your postal address, for envelopes (name first)", ""),
    ("smtp.from", "Send email as", "e.g. Sam Lee <sam@example.org>"),
    ("smtp.host", "Mail server", "e.g. smtp.example.org"),
    ("smtp.port", "Port", "e.g. 587"),
    ("smtp.security", "Security", ""),
    ("smtp.user", "Login name (usually your email address)", ""),
    ("polish.model", "Model that polishes drafts (blank: llm's default model)", "e.g. llama3.2"),
)
SECURITY_LABELS = {"starttls": "STARTTLS (usual, port 587)", "ssl": "SSL/TLS (port 465)",
                   "none": "None (only to this computer)"}
KEPT = {"environment": "It comes from THANKFUL_SMTP_PASSWORD, set where Thankful was started.",
        "keyring": "A password is kept in your system's keyring.",
        "file": "A password is kept in a file beside your notebook that only you can read.",
        "": "No password is kept yet."}


def _context(page: Page, values: dict | None = None, error: str = "") -> dict:
    found = configuration.effective(page.nb)
    rows = []
    for key, label, example in SHOWN:
        value, source = found.get(key, ("", ""))
        env = SETTINGS[key].env
        rows.append({"key": key, "id": key.replace(".", "-"), "label": label, "example": example,
                     "value": values[key] if values is not None and key in values else value,
                     "locked": env if source == env else ""})
    return {"rows": rows, "securities": SECURITIES, "security_labels": SECURITY_LABELS, "error": error,
            "providers": configuration.providers(), "kept": KEPT[configuration.password_kept(page.nb)],
            "polish": polishing.describe(page.nb), "phone": _phone(page)}


def _phone(page: Page) -> dict | None:
    """The page's address on the home network and its QR code, when Thankful is served there (never a token:
    the phone signs in with the password)."""
    url = page.web.phone_url
    if not url:
        return None
    from thankful.web.phone import qr_svg

    return {"url": url, "qr": Markup(qr_svg(url, f"QR code for {url}"))}


@view
def index(page: Page):
    return page.render("settings.html", **_context(page))


@view
def save(page: Page):
    values = {key: page.field(key) for key, _, _ in SHOWN}
    password = page.field("password")
    try:
        untouched = configuration.save_mail_settings(page.nb, values)
        where = configuration.set_password(page.nb, password) if password else ""
    except ThankfulError as e:
        return page.render("settings.html", status=400, **_context(page, values, str(e)))
    message = "Settings saved."
    if where:
        message += " The password is kept " + ("in your system's keyring." if where == "keyring"
                                               else "in a file beside your notebook that only you can read.")
    if untouched:
        names = ", ".join(SETTINGS[k].env for k in untouched)
        message += f" Not changed, because the environment sets them: {names}."
    return page.redirect("/settings", flash=message, kind="warn" if untouched else "ok")


@view
def provider(page: Page):
    """Fill in the server, port and security of a common provider, and say how to get its app password."""
    chosen = configuration.providers().get(page.field("provider"))
    if chosen is None:
        return page.redirect("/settings", flash="Choose your email provider from the list.", kind="warn")
    values = {"smtp.host": chosen["host"], "smtp.port": chosen["port"], "smtp.security": chosen["security"]}
    try:
        configuration.save_mail_settings(page.nb, values)
    except ThankfulError as e:
        return page.render("settings.html", status=400, **_context(page, error=str(e)))
    return page.redirect("/settings#mail", flash=f"Filled in for {chosen['label']}. {chosen['hint']}")


@view
def test_email(page: Page):
    """Send a short message to your own address, so you know the settings work before a note depends on it."""
    try:
        address = configuration.send_test_email(page.nb, page.today)
    except ThankfulError as e:
        return page.redirect("/settings#mail", flash=f"The test email was not sent: {e}", kind="warn")
    return page.redirect("/settings#mail", flash=f"Sent a test email to {address}. Check your inbox.")
