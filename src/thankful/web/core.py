"""How a page runs: its notebook connection, today's date, the form it posted, and the template it renders.

Views are plain synchronous functions `view(page) -> Response`; the `view` decorator reads the form,
checks login and CSRF on the event loop, then runs the view in a worker thread, because SQLite and the
core are synchronous and some steps (a PDF, an email) take a while.
"""

from __future__ import annotations

import functools
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote, urlencode

import anyio
import jinja2
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from thankful.domain.dates import describe_due, month_name, today_from
from thankful.domain.errors import ThankfulError
from thankful.store import Notebook, explain, open_notebook, resolve_path

from . import errors, security

HERE = Path(__file__).parent
FORM_LIMITS = {"max_files": 1, "max_fields": 300, "max_part_size": 256 * 1024}
UNDO_OFFERED_FOR = 10 * 60  # seconds a change offers "Undo" on every page, while it is still the newest


class NotebookPool:
    """One notebook connection per worker thread (sqlite3 connections belong to the thread that opened them)."""

    def __init__(self, path: str | Path | None):
        self.path = resolve_path(path)
        self._local = threading.local()

    def get(self) -> Notebook:
        nb = getattr(self._local, "nb", None)
        if nb is None:
            nb = self._local.nb = open_notebook(self.path)
            nb.clock = lambda: f"{today_from(None).isoformat()}T{datetime.now():%H:%M:%S}"  # as --today says
            nb.before_change = _back_up_today
            self._local.cache = {}
        return nb

    def cached(self, name: str, today: date, compute: Callable[[Notebook], object]):
        """compute(nb), reused until the day or the notebook changes (per thread, like the connection).

        `PRAGMA data_version` moves when another connection commits (another thread, the CLI);
        `total_changes` when this one does. Both are free to read, so a page can skip work that only
        a change could alter: the Wednesday nudge ranks every person in the notebook.
        """
        nb = self.get()
        key = (today, *nb.change_marker())
        hit = self._local.cache.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        value = compute(nb)
        self._local.cache[name] = (key, value)
        return value


def _back_up_today(nb: Notebook) -> None:
    """Before the first change of the day, the day's backup (usecases/backups.py); a backup that fails never
    stops the change."""
    from thankful.usecases.backups import daily

    try:
        daily(nb, today_from(None))
    except Exception as e:  # the change matters more than the copy; the server's log says why
        import logging

        logging.getLogger("thankful").warning("today's backup could not be made: %s", e)


@dataclass
class WebState:
    """Everything the app holds for its lifetime; kept on `app.state.web`.

    Exactly one of `password_hash` (pages ask for the password) and `token` (the per-run secret the printed
    address carries, on this computer) is set."""

    pool: NotebookPool
    env: jinja2.Environment
    sessions: security.Sessions
    hosts: security.Hosts = field(default_factory=security.Hosts)
    password_hash: str | None = None
    token: str | None = None
    https: bool = False
    phone_url: str | None = None  # the page's address on the home network, when served beyond this computer
    throttle: security.LoginThrottle = field(default_factory=security.LoginThrottle)
    workers: int = 8
    _limiter: anyio.CapacityLimiter | None = None

    def signed_in(self, session: dict) -> bool:
        return self.sessions.valid(session.get("sid"))

    def sign_in(self, session: dict) -> None:
        """A new session on the server and in the browser: nothing from before it carries over."""
        session.clear()
        session["sid"] = self.sessions.start()
        session["csrf"] = secrets.token_urlsafe(32)

    def sign_out(self, session: dict) -> None:
        self.sessions.end(session.get("sid"))
        session.clear()

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        if self._limiter is None:  # made inside the running loop on first use
            self._limiter = anyio.CapacityLimiter(self.workers)
        return self._limiter


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, every value: a name like <script> shows as text
        trim_blocks=True, lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package; no stat() of each file on every page
        undefined=jinja2.StrictUndefined,
    )
    env.filters["urlq"] = lambda s: quote(str(s), safe="")
    env.filters["longdate"] = long_date
    env.filters["month"] = month_name
    env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "")})
    return env


def long_date(value: str | date | None) -> str:
    """'Thursday, November 26' for page headings and journal days."""
    if not value:
        return ""
    d = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{d.strftime('%A, %B')} {d.day}"


def local_path(target: str) -> str:
    """`target` if it is a path on this site, else '' (never send a person to another site after a form)."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and "\n" not in target:
        return target
    return ""


class Page:
    """One request as a view sees it."""

    def __init__(self, request: Request, form: FormData | None, web: WebState):
        self.request = request
        self.form = form
        self.web = web
        self._today: date | None = None

    @property
    def nb(self) -> Notebook:
        return self.web.pool.get()

    @property
    def today(self) -> date:
        # Read per request so THANKFUL_TODAY (tests, demos) and midnight both take effect.
        if self._today is None:
            self._today = today_from(None)
        return self._today

    def cached(self, name: str, compute: Callable[[Notebook], object]):
        """See NotebookPool.cached: the result must be treated as read-only."""
        return self.web.pool.cached(name, self.today, compute)

    @property
    def session(self) -> dict:
        return self.request.session

    @property
    def client(self) -> str:
        """Who is asking, for per-client limits: the address the request came from."""
        return self.request.client.host if self.request.client else "unknown"

    @property
    def htmx(self) -> bool:
        return self.request.headers.get("hx-request") == "true"

    def arg(self, name: str, default: str = "") -> str:
        """A query-string value."""
        return self.request.query_params.get(name, default)

    def field(self, name: str, default: str = "") -> str:
        """A posted text value ('' when absent); uploads are not text."""
        if self.form is None:
            return default
        value = self.form.get(name, default)
        return value if isinstance(value, str) else default

    def fields(self, name: str) -> list[str]:
        if self.form is None:
            return []
        return [v for v in self.form.getlist(name) if isinstance(v, str)]

    def upload(self, name: str) -> UploadFile | None:
        value = self.form.get(name) if self.form is not None else None
        return value if isinstance(value, UploadFile) else None

    def param(self, name: str) -> str:
        return self.request.path_params[name]

    # --- responses --------------------------------------------------------------------------------

    def flash(self, message: str, kind: str = "ok") -> None:
        self.session.setdefault("flash", []).append([kind, message])

    def render(self, template: str, status: int = 200, **context) -> HTMLResponse:
        base = {
            "page": self, "csrf": security.csrf_token(self.session), "today": self.today,
            "path": self.request.url.path, "locked": bool(self.web.password_hash),
            "signed_in": self.web.signed_in(self.session),
            "when": lambda due: describe_due(date.fromisoformat(due) if due else None, self.today),
        }
        if not template.startswith("_"):  # full pages show (and use up) the messages; fragments leave them
            base["flashes"] = self.session.pop("flash", [])
            base["undo_offer"] = self.undo_offer()
        html = self.web.env.get_template(template).render(**base, **context)
        return HTMLResponse(html, status_code=status)

    def offer_undo(self, change: tuple[int, str]) -> None:
        """Offer "Undo" for a change just made, on the pages that follow, for a while."""
        self.session["undo"] = {"change": change[0], "label": change[1], "at": int(time.time())}

    def undo_offer(self) -> dict | None:
        """The change to offer undoing: made in this session in the last few minutes, and still the newest."""
        offer = self.session.get("undo")
        if not isinstance(offer, dict):
            return None
        newest = self.nb.changes.newest() if time.time() - offer.get("at", 0) < UNDO_OFFERED_FOR else None
        if newest is None or newest["change"] != offer.get("change"):
            self.session.pop("undo", None)
            return None
        return offer

    def redirect(self, url: str, flash: str | None = None, kind: str = "ok") -> Response:
        if flash:
            self.flash(flash, kind)
        if self.htmx:  # htmx follows a 303 inside the swap; ask it to navigate instead
            return Response(status_code=204, headers={"HX-Redirect": url})
        return RedirectResponse(url, status_code=303)

    def error(self, message: str, status: int = 400, fix: tuple[str, str] | None = None) -> HTMLResponse:
        return self.render("error.html", status=status, message=message, fix=fix)


View = Callable[[Page], Response]


def view(fn: View | None = None, *, public: bool = False, inline: bool = False):
    """Wrap a synchronous view: the token or the login, the form and CSRF on the loop; the view itself in a
    worker thread. Whatever goes wrong is a page with a 4xx or 503 status, never a traceback.

    `inline` views run on the event loop itself: only for quick reads (a WAL reader never waits for a
    writer), where the hop to a thread would cost more than the work.
    """
    if fn is None:
        return functools.partial(view, public=public, inline=inline)

    @functools.wraps(fn)
    async def endpoint(request: Request) -> Response:
        web: WebState = request.app.state.web
        if web.token and "token" in request.query_params:
            return _with_token(request, web)
        if not public and not web.signed_in(request.session):
            return _locked_out(request, web)
        form = None
        if request.method not in security.SAFE_METHODS:
            try:
                form = await request.form(**FORM_LIMITS)
            except (ValueError, UnicodeError):
                return _plain_error(request, web, "That form could not be read.", 400)
            sent = request.headers.get(security.CSRF_HEADER) or form.get(security.CSRF_FIELD)
            if not security.same_origin(request.headers, request.url.scheme, web.hosts) or \
                    not security.csrf_ok(request.session, sent if isinstance(sent, str) else None):
                return _forbidden(request, web)
        page = Page(request, form, web)
        if inline:
            return _run(fn, page)
        return await anyio.to_thread.run_sync(_run, fn, page, limiter=web.limiter)

    return endpoint


# Failures that are not ThankfulErrors, by what they mean for a request: its input could not be read (400),
# or the machine could not do it now (503). Anything else is a mistake of ours (500), still a page.
BAD_INPUT = (ValueError, OverflowError, RecursionError, LookupError)
UNAVAILABLE = (OSError, MemoryError)
STATUS = {"not-found": 404, "conflict": 409, "busy": 503}
UNAVAILABLE_WHATS = ("read-only", "full", "disk", "damaged")


def _run(fn: View, page: Page) -> Response:
    changed_before = page.nb.last_change if page.form is not None else None
    try:
        response = fn(page)
        if page.form is not None and page.nb.last_change != changed_before:
            page.offer_undo(page.nb.last_change)
        return response
    except Exception as e:  # the web's one error boundary
        return error_page(page, e)


def error_page(page: Page, error: BaseException) -> Response:
    """The page for a failure: the core's message and a link to where it is fixed, with a status that says
    whose problem it is."""
    known = error if isinstance(error, ThankfulError) else explain(error)
    if known is not None:
        status = STATUS.get(known.kind) or (503 if known.what in UNAVAILABLE_WHATS else 400)
        return _error(page, str(known), status, errors.link(known))
    if isinstance(error, UnicodeError):
        return _error(page, "That text is not valid Unicode; type it again as plain text.", 400)
    if isinstance(error, BAD_INPUT):
        return _error(page, "That could not be read (a number, date or text out of range); check it and try "
                            "again.", 400)
    if isinstance(error, UNAVAILABLE):
        return _error(page, "The notebook could not be reached just now (the disk or memory); try again in a "
                            "moment.", 503)
    raise error


def _error(page: Page, message: str, status: int, fix: tuple[str, str] | None = None) -> Response:
    try:
        response = page.error(message, status=status, fix=fix)
    except Exception:  # noqa: BLE001 - the notebook itself may be what failed: a page without it
        return _plain_error(page.request, page.web, message, status)
    if status == 503:
        response.headers["Retry-After"] = "5"
    return response


def _plain_error(request: Request, web: WebState, message: str, status: int) -> Response:
    html = web.env.get_template("error.html").render(
        page=None, csrf="", today=None, path=request.url.path, locked=bool(web.password_hash), flashes=[],
        when=lambda due: "", message=message, signed_in=False)
    return HTMLResponse(html, status_code=status)


def _with_token(request: Request, web: WebState) -> Response:
    """The address `thankful serve` printed: its token signs this browser in (a cookie from now on), and the
    page is asked for again without it, so the token never stays in the address bar or history."""
    given = request.query_params.get("token", "")
    if request.method not in security.SAFE_METHODS or not hmac.compare_digest(given.encode(), web.token.encode()):
        return _locked_out(request, web, wrong=True)
    web.sign_in(request.session)
    rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
    target = local_path(request.url.path) or "/"
    return RedirectResponse(target + ("?" + urlencode(rest) if rest else ""), status_code=303)


def _locked_out(request: Request, web: WebState, *, wrong: bool = False) -> Response:
    """Not signed in: the login page (with a password), or a word on the token (without one)."""
    if web.password_hash:
        return _to_login(request)
    if request.headers.get("hx-request") == "true":
        return HTMLResponse(web.env.get_template("_expired.html").render(), status_code=403)
    html = web.env.get_template("token.html").render(
        page=None, csrf="", today=None, path=request.url.path, locked=False, flashes=[], when=lambda due: "",
        signed_in=False, wrong=wrong)
    return HTMLResponse(html, status_code=403)


def _to_login(request: Request) -> Response:
    target = "/login?" + urlencode({"next": request.url.path})
    if request.headers.get("hx-request") == "true":
        return Response(status_code=401, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def _forbidden(request: Request, web: WebState) -> Response:
    if request.headers.get("hx-request") == "true":  # typing in the editor: say so where the coach was
        return HTMLResponse(web.env.get_template("_expired.html").render(), status_code=403)
    try:
        today = today_from(None)
    except ThankfulError:
        today = None
    html = web.env.get_template("forbidden.html").render(
        page=None, csrf=security.csrf_token(request.session), today=today,
        path=request.url.path, locked=bool(web.password_hash), flashes=[], when=lambda due: "",
        signed_in=web.signed_in(request.session))
    return HTMLResponse(html, status_code=403)
