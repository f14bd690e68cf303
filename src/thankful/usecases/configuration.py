"""Settings: read with the environment's overrides, changed one key at a time (never a password)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from thankful.channels.email.settings import SmtpSettings
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
    with nb.transaction():
        nb.settings.set(setting.key, stored)
    return stored


def unset(nb: Notebook, key: str) -> bool:
    """Remove one stored setting; False when it had no stored value."""
    setting = known.check_key(key)
    with nb.transaction():
        had = nb.settings.get(setting.key) is not None
        nb.settings.set(setting.key, None)
    return had


def smtp_settings(nb: Notebook, env: Mapping[str, str] | None = None) -> SmtpSettings:
    """Mail settings from the notebook, overridden by THANKFUL_SMTP_* / THANKFUL_FROM; the password only
    from THANKFUL_SMTP_PASSWORD here (the keyring is asked when sending)."""
    env = os.environ if env is None else env
    values = {key: _checked(key, value, source) for key, (value, source) in effective(nb, env).items()}
    return SmtpSettings.from_values(values, password=env.get("THANKFUL_SMTP_PASSWORD", ""))


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
