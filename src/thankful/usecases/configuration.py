"""Settings: read with the environment's overrides, changed one key at a time (never a password)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date

from thankful.channels.email import password as passwords
from thankful.channels.email.settings import SmtpSettings, check_security
from thankful.channels.email.smtp import send_to_self
from thankful.domain import data
from thankful.domain import settings as known
from thankful.domain.errors import UsageError
from thankful.store import Notebook


def effective(nb: Notebook, env: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Every known setting that has a value: key → (value, where it came from); the environment wins."""
    return known.effective(nb.settings.all(), env)


def get(nb: Notebook, key: str, env: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """(value, source) of one setting, or None when it has no value."""
    return effective(nb, env).get(known.check_key(key).key)


def set_value(nb: Notebook, key: str, value: str) -> str:
    """Check and store one setting; returns the value as stored."""
    setting = known.check_key(key)
    stored = known.check_value(setting.key, value)
    with nb.transaction(f"config set {setting.key}"):
        nb.settings.set(setting.key, stored)
    return stored


def unset(nb: Notebook, key: str) -> bool:
    """Remove one stored setting; False when it had no stored value."""
    setting = known.check_key(key)
    with nb.transaction(f"config unset {setting.key}"):
        had = nb.settings.get(setting.key) is not None
        nb.settings.set(setting.key, None)
    return had


def smtp_settings(nb: Notebook, env: Mapping[str, str] | None = None) -> SmtpSettings:
    """Mail settings from the notebook, overridden by THANKFUL_SMTP_* / THANKFUL_FROM; the password only
    from THANKFUL_SMTP_PASSWORD here (the keyring is asked when sending)."""
    env = os.environ if env is None else env
    values = {key: _checked(key, value, source) for key, (value, source) in effective(nb, env).items()}
    return SmtpSettings.from_values(values, password=env.get("THANKFUL_SMTP_PASSWORD", ""),
                                    password_file=password_file(nb))


def password_file(nb: Notebook) -> str:
    """Where the mail password is kept when the system has no keyring: beside the notebook, never in it."""
    return f"{nb.path}.mail-password"


def set_password(nb: Notebook, password: str, env: Mapping[str, str] | None = None) -> str:
    """Keep the mail password for the login name (smtp.user); returns "keyring" or "file"."""
    user = smtp_settings(nb, env).user
    return passwords.store_password(user, password, password_file(nb))


def password_kept(nb: Notebook, env: Mapping[str, str] | None = None) -> str:
    """Where the mail password comes from: "environment", "keyring", "file", or "" (nowhere yet)."""
    env = os.environ if env is None else env
    if env.get("THANKFUL_SMTP_PASSWORD", ""):
        return "environment"
    settings = smtp_settings(nb, env)
    return passwords.stored_where(settings.user, settings.password_file)


def providers() -> dict[str, dict]:
    """Common mail providers (data/mail_providers.toml): label, host, port, security and a hint."""
    return data.toml("mail_providers.toml")


def save_mail_settings(nb: Notebook, values: Mapping[str, str], env: Mapping[str, str] | None = None) -> list[str]:
    """Save several settings at once, all or none: each checked by its type, and the mail server's security
    checked against its host. Settings the environment decides are left alone; returns their keys."""
    env = os.environ if env is None else env
    decided = {key for key, (_, source) in effective(nb, env).items() if source != "notebook"}
    checked = {key: known.check_value(key, value) if value.strip() else None
               for key, value in values.items() if key not in decided}
    merged = {**{k: v for k, (v, _) in effective(nb, env).items()}, **checked}
    check_security(merged.get("smtp.security") or "starttls", merged.get("smtp.host") or "")
    with nb.transaction("settings"):
        for key, value in checked.items():
            nb.settings.set(known.check_key(key).key, value)
    return sorted(decided & set(values))


def send_test_email(nb: Notebook, today: date, env: Mapping[str, str] | None = None) -> str:
    """Send a short message to the sender's own address through the mail settings; returns the address."""
    settings = smtp_settings(nb, env)
    settings.check()
    text = (f"This is a test from Thankful, sent {today.isoformat()}. Your mail settings work: notes will go "
            f"through {settings.host} from {settings.sender}.\n")
    send_to_self(settings, "Thankful: your mail settings work", text)
    return settings.sender_address


def _checked(key: str, value: str, source: str) -> str:
    """A setting's value checked by its type wherever it came from (a notebook edited by hand, or an older
    Thankful, may hold one `thankful config set` would refuse)."""
    try:
        return known.check_value(key, value)
    except UsageError as e:
        where = "in the notebook" if source == "notebook" else f"in {source}"
        raise UsageError(f"the setting {key} {where} cannot be used: {e}", what="setting-value", name=key) from None


def signature(nb: Notebook) -> str:
    """The name under the note: the setting 'sign', else 'name', else ''."""
    return nb.settings.get("sign") or nb.settings.get("name") or ""
