"""The mail password: from the environment, the system keyring, or a file only its owner can read, never
from the notebook (nor, so, from an export)."""

from __future__ import annotations

import json
import os

from thankful.domain.errors import ThankfulError, UsageError

from .settings import SmtpSettings

KEYRING_SERVICE = "thankful"


def password_for(settings: SmtpSettings) -> str:
    """The password to log in with: the one given, else the keyring's, else the password file's; "" when no
    login is needed."""
    if settings.password or not settings.user:
        return settings.password
    found = _from_keyring(settings.user) or _from_file(settings.password_file, settings.user)
    if not found:
        raise UsageError(f"no mail password is set for {settings.user}", what="password", name=settings.user)
    return found


def store_password(user: str, password: str, password_file: str) -> str:
    """Keep the password for `user`: in the system keyring when one works, else in `password_file` (0600).
    Returns where it went: "keyring" or "file"."""
    if not user:
        raise UsageError("set the login name first; the password belongs to it", what="setting", name="smtp.user")
    if not password:
        raise UsageError("the password is empty; type it again")
    if _keyring_set(user, password):
        _forget_file(password_file)
        return "keyring"
    _write_private(password_file, json.dumps({"user": user, "password": password}))
    return "file"


def stored_where(user: str, password_file: str) -> str:
    """Where a password for `user` is kept: "keyring", "file" or ""."""
    if user and _from_keyring(user):
        return "keyring"
    return "file" if user and _from_file(password_file, user) else ""


def forget_password(user: str, password_file: str) -> None:
    """Remove the stored password from the keyring and the file."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, user)
    except Exception:  # noqa: BLE001 (no keyring, no backend, or nothing stored: nothing to remove)
        pass
    _forget_file(password_file)


def _keyring():
    """The keyring module when a real backend is usable (not the fail or null backend), else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # optional: pip install 'thankful[keyring]'
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 (a broken keyring set-up is no keyring)
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__ == "keyring.backends.null":
        return None
    return keyring


def _from_keyring(user: str) -> str:
    module = _keyring()
    if module is None:
        return ""
    try:
        return module.get_password(KEYRING_SERVICE, user) or ""
    except Exception:  # noqa: BLE001 (a locked or broken keyring: as if nothing were stored)
        return ""


def _keyring_set(user: str, password: str) -> bool:
    module = _keyring()
    if module is None:
        return False
    try:
        module.set_password(KEYRING_SERVICE, user, password)
    except Exception:  # noqa: BLE001 (a keyring that refuses: fall back to the private file)
        return False
    return True


def _from_file(path: str, user: str) -> str:
    if not path or not os.path.exists(path):
        return ""
    if os.stat(path).st_mode & 0o077:
        raise ThankfulError(f"the password file {path} can be read by others; remove it and set the password "
                            "again", what="password", name=user)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return ""
    return data.get("password", "") if isinstance(data, dict) and data.get("user") == user else ""


def _write_private(path: str, text: str) -> None:
    """Write a file only its owner can read, whole or not at all."""
    folder = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise ThankfulError(f"cannot keep the password in {path}: {e.strerror or e}") from None


def _forget_file(path: str) -> None:
    if path and os.path.exists(path):
        os.unlink(path)
