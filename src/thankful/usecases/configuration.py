"""Settings: read with the environment's overrides, changed one key at a time (never a password)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from thankful.channels.email.settings import SmtpSettings
from thankful.domain import settings as known
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
    values = {key: known.check_value(key, value) if source != "notebook" else value
              for key, (value, source) in effective(nb, env).items()}
    return SmtpSettings.from_values(values, password=env.get("THANKFUL_SMTP_PASSWORD", ""))


def signature(nb: Notebook) -> str:
    """The name under the note: the setting 'sign', else 'name', else ''."""
    return nb.settings.get("sign") or nb.settings.get("name") or ""
