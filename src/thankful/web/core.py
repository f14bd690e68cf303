"""How a page runs: its notebook connection, today's date, the form it posted, and the template it renders.

Views are plain synchronous functions `view(page) -> Response`; the `view` decorator reads the form,
checks login and CSRF on the event loop, then runs the view in a worker thread, because SQLite and the
core are synchronous and some steps (a PDF, an email) take a while.
"""

from __future__ import annotations

import functools
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
from thankful.domain.errors import NotFound, ThankfulError
from thankful.store import Notebook, open_notebook, resolve_path

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
    """Everything the app holds for its lifetime; kept on `app.state.web`."""

    pool: NotebookPool
    env: jinja2.Environment
    password_hash: str | None = None
    https: bool = False
    throttle: security.LoginThrottle = field(default_factory=security.LoginThrottle)
    workers: int = 8
    _limiter: anyio.CapacityLimiter | None = None

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
            "signed_in": not self.web.password_hash or bool(self.session.get("user")),
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
    """Wrap a synchronous view: login, form, CSRF on the loop; the view itself in a worker thread.

    `inline` views run on the event loop itself: only for quick reads (a WAL reader never waits for a
    writer), where the hop to a thread would cost more than the work.
    """
    if fn is None:
        return functools.partial(view, public=public, inline=inline)

    @functools.wraps(fn)
    async def endpoint(request: Request) -> Response:
        web: WebState = request.app.state.web
        if web.password_hash and not public and not request.session.get("user"):
            return _to_login(request)
        form = None
        if request.method not in security.SAFE_METHODS:
            form = await request.form(**FORM_LIMITS)
            sent = request.headers.get(security.CSRF_HEADER) or form.get(security.CSRF_FIELD)
            if not security.same_origin(request.headers, request.url.scheme) or \
                    not security.csrf_ok(request.session, sent if isinstance(sent, str) else None):
                return _forbidden(request, web)
        page = Page(request, form, web)
        if inline:
            return _run(fn, page)
        return await anyio.to_thread.run_sync(_run, fn, page, limiter=web.limiter)

    return endpoint


def _run(fn: View, page: Page) -> Response:
    changed_before = page.nb.last_change if page.form is not None else None
    try:
        response = fn(page)
        if page.form is not None and page.nb.last_change != changed_before:
            page.offer_undo(page.nb.last_change)
        return response
    except NotFound as e:
        return page.error(str(e), status=404, fix=errors.link(e))
    except ThankfulError as e:
        return page.error(str(e), status=400, fix=errors.link(e))


def _to_login(request: Request) -> Response:
    target = "/login?" + urlencode({"next": request.url.path})
    if request.headers.get("hx-request") == "true":
        return Response(status_code=401, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def _forbidden(request: Request, web: WebState) -> Response:
    if request.headers.get("hx-request") == "true":  # typing in the editor: say so where the coach was
        return HTMLResponse(web.env.get_template("_expired.html").render(), status_code=403)
    html = web.env.get_template("forbidden.html").render(
        page=None, csrf=security.csrf_token(request.session), today=today_from(None),
        path=request.url.path, locked=bool(web.password_hash), flashes=[], when=lambda due: "",
        signed_in=not web.password_hash or bool(request.session.get("user")))
    return HTMLResponse(html, status_code=403)
