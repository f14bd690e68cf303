"""The mail password: from the environment or the system keyring, never from the notebook."""

from __future__ import annotations

from thankful.domain.errors import UsageError

from .settings import SmtpSettings

KEYRING_SERVICE = "thankful"


def password_for(settings: SmtpSettings) -> str:
    """The password to log in with: the one given, else the keyring's for the user; "" when no login is needed."""
    if settings.password or not settings.user:
        return settings.password
    try:
        import keyring  # optional: pip install 'thankful[keyring]'

        found = keyring.get_password(KEYRING_SERVICE, settings.user)
    except Exception:  # no keyring package or no usable backend: same as no password
        found = None
    if not found:
        raise UsageError(f"no mail password is set for {settings.user}", what="password", name=settings.user)
    return found
