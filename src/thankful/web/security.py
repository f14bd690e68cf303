"""Guards for the local page: loopback-only unless a password is set, CSRF, headers, body limits, login."""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
import threading
import time
from collections import deque
from pathlib import Path

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from thankful.domain.errors import UsageError

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# No inline script or style anywhere: everything comes from /static. htmx is told (by a meta tag) not to
# inject its indicator styles and never to eval, so 'self' is all it needs.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)


# --- who may listen -------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach: localhost, 127.0.0.0/8, ::1."""
    host = host.strip().strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def read_password(password_file: str | None) -> str | None:
    """The password from --password-file (its first line), else THANKFUL_PASSWORD, else None."""
    if password_file:
        try:
            text = Path(password_file).expanduser().read_text(encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot read the password file {password_file}: {e.strerror}") from None
        password = text.splitlines()[0].strip() if text.strip() else ""
        if not password:
            raise UsageError(f"the password file {password_file} is empty; put the password on its first line")
        return password
    return os.environ.get("THANKFUL_PASSWORD") or None


def check_bind(host: str, password: str | None) -> None:
    """Refuse to show the notebook to a network without a password."""
    if not is_loopback(host) and not password:
        raise UsageError(
            f"refusing to serve on {host}: anyone who can reach it could read your notebook. "
            "Set a password with --password-file FILE or THANKFUL_PASSWORD, or keep the default 127.0.0.1")


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(password_hash: str, attempt: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(password_hash, attempt)
    except (VerificationError, InvalidHashError):
        return False


class LoginThrottle:
    """At most `limit` failed logins a minute, so a password cannot be guessed quickly over the network."""

    def __init__(self, limit: int = 10, window: float = 60.0):
        self.limit, self.window = limit, window
        self._failures: deque[float] = deque()
        self._lock = threading.Lock()

    def _trim(self, now: float) -> None:
        while self._failures and now - self._failures[0] > self.window:
            self._failures.popleft()

    def blocked(self) -> bool:
        with self._lock:
            self._trim(time.monotonic())
            return len(self._failures) >= self.limit

    def failed(self) -> None:
        with self._lock:
            self._failures.append(time.monotonic())


# --- the key that signs session cookies ----------------------------------------------------------

def session_key(notebook_path: str) -> str:
    """The key that signs this notebook's session cookies, kept beside it (owner-only), so a restart of
    the server does not void the forms open in a browser. A fresh key per run if it cannot be kept."""
    path = Path(str(notebook_path) + ".web-key")
    try:
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= 32:
            return key
    except (OSError, UnicodeDecodeError):
        pass
    key = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(key + "\n")
    except OSError:
        pass  # a read-only folder: sessions then last as long as this server
    return key


# --- CSRF -----------------------------------------------------------------------------------------

def csrf_token(session: dict) -> str:
    """This browser session's token, made on first use; every form and htmx request carries it back."""
    token = session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_ok(session: dict, sent: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and sent) and hmac.compare_digest(str(expected), str(sent))


def same_origin(headers, scheme: str) -> bool:
    """A browser says where a request came from; a page on another site may not post here."""
    origin = headers.get("origin")
    if origin is None:
        return True  # not a browser, or an old one; the CSRF token still has to match
    if origin == "null":
        return False  # sandboxed frames and privacy-stripped redirects: we cannot tell, so refuse
    host = headers.get("host", "")
    return origin in (f"{scheme}://{host}", f"http://{host}", f"https://{host}")


# --- headers --------------------------------------------------------------------------------------

class SecurityHeaders:
    """Adds CSP and friends to every response; pages (not static files) are never cached."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers.setdefault(name.decode(), value.decode())
                if not static:
                    headers.setdefault("cache-control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)
