"""Guards for the local page: loopback-only unless a password is set; the names it answers to (DNS
rebinding); a per-run token on this computer, or a password; server-side sessions; CSRF; headers; limits."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import stat
import tempfile
import threading
import time
from collections import deque
from pathlib import Path

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from thankful.domain.errors import UsageError
from thankful.domain.validate import bad_character

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


MIN_PASSWORD = 8  # characters; a short password falls to the first guesses a throttle allows


def read_password(password_file: str | None) -> str | None:
    """The password from --password-file (its first line), else THANKFUL_PASSWORD, else None. A file others
    may read is refused (anyone on the machine could log in), as is a password under MIN_PASSWORD characters."""
    if password_file:
        path = Path(password_file).expanduser()
        try:
            mode = path.stat().st_mode
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot read the password file {password_file}: {e.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError(f"the password file {password_file} is not UTF-8 text") from None
        if mode & 0o077:
            raise UsageError(f"the password file {password_file} can be read by others (mode {mode & 0o777:o}); "
                             f"make it yours alone with: chmod 600 {password_file}")
        password = text.splitlines()[0].strip() if text.strip() else ""
        if not password:
            raise UsageError(f"the password file {password_file} is empty; put the password on its first line")
        return check_password(password)
    found = os.environ.get("THANKFUL_PASSWORD")
    return check_password(found) if found else None


def check_password(password: str) -> str:
    """The password, if it is long enough to keep a guesser out; UsageError otherwise."""
    if len(password.strip()) < MIN_PASSWORD or bad_character(password):
        raise UsageError(f"the password must be at least {MIN_PASSWORD} characters (letters, digits, spaces), "
                         "not blank; a passphrase of a few words is easy to type and hard to guess")
    return password


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
    """At most `limit` failed logins a minute from each client (by address), so a password cannot be guessed
    quickly, and a guesser elsewhere cannot lock the owner out. A guess takes its place before it is checked,
    so guesses sent at once cannot slip past the limit while the slow check runs."""

    def __init__(self, limit: int = 10, window: float = 60.0):
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}
        self._checking: dict[str, int] = {}
        self._lock = threading.Lock()

    def _trim(self, now: float) -> None:
        for client in list(self._failures):
            times = self._failures[client]
            while times and now - times[0] > self.window:
                times.popleft()
            if not times:
                del self._failures[client]

    def begin(self, client: str) -> bool:
        """Reserve a guess for `client`; False when it has used up its guesses for now."""
        with self._lock:
            self._trim(time.monotonic())
            used = len(self._failures.get(client, ())) + self._checking.get(client, 0)
            if used >= self.limit:
                return False
            self._checking[client] = self._checking.get(client, 0) + 1
            return True

    def end(self, client: str, *, ok: bool) -> None:
        """The reserved guess was checked: a wrong one counts against the client for a minute."""
        with self._lock:
            self._checking[client] -= 1
            if not self._checking[client]:
                del self._checking[client]
            if not ok:
                self._failures.setdefault(client, deque()).append(time.monotonic())

    def blocked(self, client: str) -> bool:
        with self._lock:
            self._trim(time.monotonic())
            return len(self._failures.get(client, ())) + self._checking.get(client, 0) >= self.limit


# --- who is signed in -------------------------------------------------------------------------------

class Sessions:
    """Signed-in browsers, kept on the server: a session ends when its owner logs out (the cookie alone is
    not enough), and lasts its `max_age` at most. Kept in a file beside the notebook (owner-only, only
    hashes of the ids), so a restart of the server does not sign anyone out, and two servers on the same
    notebook agree."""

    def __init__(self, path: Path | None, max_age: float):
        self.path, self.max_age = path, max_age
        self._lock = threading.Lock()
        self._known: dict[str, float] = {}
        self._stamp: tuple[int, int] | None = None

    def start(self) -> str:
        """A new session; its id goes into the browser's (signed) session cookie."""
        sid = secrets.token_urlsafe(32)
        with self._lock:
            self._reload()
            self._known[_digest(sid)] = time.time() + self.max_age
            self._save()
        return sid

    def valid(self, sid: object) -> bool:
        if not isinstance(sid, str) or not sid:
            return False
        with self._lock:
            self._reload()
            expires = self._known.get(_digest(sid))
        return expires is not None and expires > time.time()

    def end(self, sid: object) -> None:
        if not isinstance(sid, str):
            return
        with self._lock:
            self._reload()
            if self._known.pop(_digest(sid), None) is not None:
                self._save()

    def _reload(self) -> None:
        if self.path is None:
            return
        try:
            info = self.path.stat()
        except OSError:
            return
        stamp = (info.st_mtime_ns, info.st_size)
        if stamp == self._stamp:
            return
        try:
            data = json.loads(read_private(self.path) or "{}")
            self._known = {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}
        except (ValueError, TypeError):
            self._known = {}
        self._stamp = stamp

    def _save(self) -> None:
        now = time.time()
        self._known = {k: v for k, v in self._known.items() if v > now}
        if self.path is None:
            return
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".thankful-", suffix=".part")  # 0600
            with os.fdopen(fd, "w", encoding="ascii") as f:
                json.dump(self._known, f)
            os.replace(tmp, self.path)
            tmp = None
            info = self.path.stat()
            self._stamp = (info.st_mtime_ns, info.st_size)
        except OSError:
            pass  # a read-only folder: sessions then live as long as this server
        finally:
            if tmp:
                os.unlink(tmp)


def read_private(path: Path) -> str | None:
    """A small file's text if it is ours alone (a regular file we own that nobody else may read or write, not
    a link), else None: a key or a session list another account could have written is never trusted."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
            return None
        try:
            return f.read(1 << 20).decode("ascii")
        except UnicodeDecodeError:
            return None


def _digest(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


# --- the key that signs session cookies ----------------------------------------------------------

def session_key(notebook_path: str) -> str:
    """The key that signs this notebook's session cookies, kept beside it (owner-only), so a restart of
    the server does not void the forms open in a browser. A fresh key per run if it cannot be kept."""
    path = Path(str(notebook_path) + ".web-key")
    key = (read_private(path) or "").strip()
    if len(key) >= 32:
        return key
    key = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        os.fchmod(fd, 0o600)
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


def same_origin(headers, scheme: str, hosts: Hosts) -> bool:
    """A browser says where a request came from; a page on another site may not post here. The origin must
    be one of the names this server answers to (not merely the Host the request names), on its port."""
    if headers.get("sec-fetch-site") == "cross-site":
        return False
    origin = headers.get("origin")
    if origin is None:
        return True  # not a browser, or an old one; the CSRF token still has to match
    if origin == "null":
        return False  # sandboxed frames and privacy-stripped redirects: we cannot tell, so refuse
    found = re.fullmatch(r"(https?)://(\[[0-9a-fA-F:.]+\]|[^/:\[\]]+)(?::(\d{1,5}))?", origin)
    if not found:
        return False
    origin_scheme, name, port = found[1], found[2], found[3]
    _, host_port = split_host(headers.get("host", ""))
    default = {"http": "80", "https": "443"}
    return (hosts.allows(name) and origin_scheme in ("http", "https")
            and (port or default[origin_scheme]) == (host_port or default.get(scheme, "80")))


# --- which names this server answers to (DNS rebinding) ----------------------------------------------

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def split_host(header: str) -> tuple[str, str]:
    """('name', 'port') of a Host header: 'localhost:8765', '[::1]:8765', '127.0.0.1'."""
    header = header.strip()
    found = re.fullmatch(r"(\[[0-9a-fA-F:.]+\]|[^:\[\]]*)(?::(\d{1,5}))?", header)
    if not found:
        return "", ""
    return found[1], found[2] or ""


class Hosts:
    """The names the page answers to: this computer's (localhost, 127.0.0.1, [::1]), the address it listens on,
    and names the owner adds (`serve --allow-host NAME`). Any other Host is refused, so a web page whose name
    an attacker points at 127.0.0.1 (DNS rebinding) reads nothing. Listening on every address (0.0.0.0),
    any IP address is accepted too: rebinding needs a name."""

    def __init__(self, extra: tuple[str, ...] = (), *, any_address: bool = False):
        self.names = {normal_host(n) for n in (*LOOPBACK_NAMES, *extra) if normal_host(n)}
        self.any_address = any_address

    def allows(self, name: str) -> bool:
        name = normal_host(name)
        if not name:
            return False
        if name in self.names:
            return True
        if self.any_address:
            try:
                ipaddress.ip_address(name)
                return True
            except ValueError:
                return False
        return False


def normal_host(name: str) -> str:
    """A host name as compared: lower case, no brackets, no trailing dot ('LOCALHOST.' is 'localhost')."""
    return name.strip().strip("[]").rstrip(".").lower()


class HostGuard:
    """Answers 400 to a request without a Host, 421 to one naming a host this server is not."""

    def __init__(self, app: ASGIApp, hosts: Hosts):
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), None)
        name, _ = split_host(header or "")
        if header is None or not name:
            await _plain(send, 400, "Bad Request: no Host header.")
        elif not self.hosts.allows(name):
            await _plain(send, 421, "Misdirected Request: this Thankful answers only to the names it was started "
                                    "with (localhost, 127.0.0.1, [::1]; more with 'thankful serve --allow-host NAME').")
        else:
            await self.app(scope, receive, send)


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS, (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})


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
