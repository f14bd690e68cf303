"""Settings: what may be stored in the notebook (`thankful config`, the Settings page), each checked by its
type, and the environment variables that override them.

The "config file" is the notebook itself (its `settings` table), so one file holds a person's notes and how
they are delivered. Only non-secret values live there: a password is refused, and is read from
THANKFUL_SMTP_PASSWORD or the system keyring when mail is sent.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from thankful.domain.errors import UsageError

SECURITIES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class Setting:
    key: str
    help: str
    env: str = ""  # the environment variable that overrides it (and wins)
    check: Callable[[str], str] = str.strip


def _port(value: str) -> str:
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 5 or not 1 <= int(value) <= 65535:
        raise UsageError(f"the port {value!r} is not a number from 1 to 65535; mail servers use 587 (starttls) or 465 (ssl)")
    return str(int(value))


def _security(value: str) -> str:
    value = value.strip().lower()
    if value not in SECURITIES:
        raise UsageError(f"unknown security {value!r}; choose one of: {', '.join(SECURITIES)}")
    return value


def _address(value: str) -> str:
    from email.utils import formataddr, parseaddr

    from email_validator import EmailNotValidError, validate_email

    name, addr = parseaddr(value.strip())
    try:
        addr = validate_email(addr, check_deliverability=False).normalized
    except EmailNotValidError as e:
        raise UsageError(f"the sender address {value!r} is not valid: {e}; write it like 'Sam Lee <sam@example.org>'") from None
    return formataddr((name, addr))


def _count(value: str) -> str:
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 2 or int(value) > 10:
        raise UsageError(f"{value!r} is not a number of retries from 0 to 10")
    return str(int(value))


def _seconds(value: str) -> str:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1
    if not 0 <= seconds <= 600:
        raise UsageError(f"{value!r} is not a number of seconds from 0 to 600")
    return value.strip()


def _lines(value: str) -> str:
    lines = [" ".join(line.split()) for line in value.replace("\\n", "\n").splitlines()]
    return "\n".join(line for line in lines if line)


def _country(value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise UsageError(f"{value!r} is not a two-letter country code (US, GB, CA, DE ...)")
    return code


def _file(value: str) -> str:
    path = os.path.abspath(os.path.expanduser(value.strip()))
    if not os.path.isfile(path):
        raise UsageError(f"no file at {path}; give the path of a PEM certificate to trust")
    return path


def _model(value: str) -> str:
    model = value.strip()
    if not re.fullmatch(r"[\w.:/@+-]{1,200}", model):
        raise UsageError(f"{value!r} is not a model id; give one 'llm models' lists, e.g. llama3.2 or gpt-4o-mini")
    return model


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("smtp.host", "your mail server, e.g. smtp.example.org", "THANKFUL_SMTP_HOST"),
    Setting("smtp.port", "its port (default 587 for starttls, 465 for ssl)", "THANKFUL_SMTP_PORT", _port),
    Setting("smtp.security", "starttls (default), ssl, or none (only to this machine)", "THANKFUL_SMTP_SECURITY",
            _security),
    Setting("smtp.user", "the login name (the password comes from THANKFUL_SMTP_PASSWORD or the keyring)",
            "THANKFUL_SMTP_USER"),
    Setting("smtp.from", "the sender, e.g. 'Sam Lee <sam@example.org>'", "THANKFUL_FROM", _address),
    Setting("smtp.cafile", "a PEM certificate to trust besides the system's (a self-signed server)",
            "THANKFUL_SMTP_CAFILE", _file),
    Setting("smtp.retries", "tries after a temporary failure (default 3)", "THANKFUL_SMTP_RETRIES", _count),
    Setting("smtp.backoff", "seconds before the first retry, doubling each time (default 2)",
            "THANKFUL_SMTP_BACKOFF", _seconds),
    Setting("sign", "the name you sign notes with"),
    Setting("return.address", "your postal address for envelopes, name first (\\n between lines)", "", _lines),
    Setting("country", "your country as a two-letter code (default US): addresses there get no country line",
            "", _country),
    Setting("polish.model", "the llm model that polishes drafts (default: llm's default model; docs/polish.md)",
            "THANKFUL_POLISH_MODEL", _model),
)}

_SECRET = re.compile(r"pass|secret|token|key", re.I)


def check_key(key: str) -> Setting:
    key = key.strip().lower()
    if _SECRET.search(key):
        raise UsageError("passwords are never stored in the notebook", what="password")
    if key not in SETTINGS:
        raise UsageError(f"unknown setting {key!r}; known settings: {', '.join(SETTINGS)}")
    return SETTINGS[key]


def check_value(key: str, value: str) -> str:
    """The value as it will be stored, or UsageError saying what is wrong with it."""
    setting = check_key(key)
    if not value.strip():
        raise UsageError(f"give a value for {setting.key}", what="setting-value", name=setting.key)
    return setting.check(value)


def effective(stored: Mapping[str, str], env: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Every known setting that has a value: key → (value, where it came from); the environment wins."""
    env = os.environ if env is None else env
    found: dict[str, tuple[str, str]] = {}
    for key, setting in SETTINGS.items():
        if setting.env and env.get(setting.env, "").strip():
            found[key] = (env[setting.env].strip(), setting.env)
        elif key in stored:
            found[key] = (stored[key], "notebook")
    return found


# Values Thankful keeps in the settings table for itself (not set with `thankful config`), by their type.
INTERNAL = {"practice.started": "date", "calendar.uid": "token", "name": "line"}


def stored_problem(key: str, value: str, *, here: bool = True) -> str | None:
    """What is wrong with a value as kept in the notebook (an import, or one changed by hand), or None.
    `here`: also check what only this machine can say (that a certificate file exists)."""
    from .validate import bad_character, iso_date

    if bad_character(key) or bad_character(value):
        return f"the setting {key!r} holds {bad_character(key) or bad_character(value)}"
    if _SECRET.search(key):
        return f"the setting {key!r} looks like a password, which is never kept in the notebook"
    kind = INTERNAL.get(key)
    try:
        if key in SETTINGS and (here or SETTINGS[key].check is not _file):
            check_value(key, value)
        elif kind == "date":
            iso_date(value, key)
        elif kind == "token" and not re.fullmatch(r"[0-9a-z-]{1,64}", value):
            return f"the setting {key!r} should be letters and digits, not {value!r}"
    except UsageError as e:
        return f"the setting {key!r} is {value!r}: {e}"
    return None
