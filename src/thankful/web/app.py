"""The Starlette app: routes, middleware and the notebook it serves."""

from __future__ import annotations

import contextlib
import functools
import secrets
import threading
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from thankful.domain.dates import today_from
from thankful.store import open_notebook

from . import security
from .core import HERE, NotebookPool, WebState, make_env
from .views import (
    auth,
    capture,
    changes,
    editing,
    editor,
    events,
    home,
    journal,
    notes,
    people,
    printing,
    send,
    settings,
    stats,
    transfer,
)

BODY_LIMIT = 512 * 1024           # any form: a note is a few hundred bytes
IMPORT_LIMIT = 64 * 1024 * 1024   # a whole notebook export


def routes() -> list:
    def post(path, endpoint, **kw):
        return Route(path, endpoint, methods=["POST"], **kw)

    return [
        Route("/", home.index),
        Route("/capture", capture.form), post("/capture", capture.save),
        Route("/capture/fields", capture.fields), post("/capture/kind", capture.change_kind),
        Route("/notes", notes.index),
        Route("/notes/{note:int}", editor.show),
        post("/notes/{note:int}/check", editor.check),
        post("/notes/{note:int}/answer", editor.answer),
        post("/notes/{note:int}/tone", editor.tone),
        post("/notes/{note:int}/save", editor.save),
        post("/notes/{note:int}/redraft", editor.redraft),
        post("/notes/{note:int}/wording", editor.wording),
        post("/notes/{note:int}/polish", editor.polish),
        post("/notes/{note:int}/polish/take", editor.take_polish),
        Route("/notes/{note:int}/edit", editing.edit_form), post("/notes/{note:int}/edit", editing.edit),
        Route("/notes/{note:int}/delete", editing.delete_note_form), post("/notes/{note:int}/delete", editing.delete_note),
        post("/notes/{note:int}/reopen", editing.reopen),
        Route("/moments/{moment:int}/delete", editing.delete_moment_form),
        post("/moments/{moment:int}/delete", editing.delete_moment),
        Route("/people/{person:int}/delete", editing.delete_person_form),
        post("/people/{person:int}/delete", editing.delete_person),
        Route("/journal/{entry:int}/delete", editing.delete_journal_form),
        post("/journal/{entry:int}/delete", editing.delete_journal),
        Route("/changes", changes.index), post("/undo", changes.undo),
        post("/notes/{note:int}/sent", notes.sent),
        post("/notes/{note:int}/skip", notes.skip),
        Route("/notes/{note:int}/send", send.preview), post("/notes/{note:int}/send", send.send),
        Route("/notes/{note:int}/eml", send.eml),
        Route("/outbox", send.outbox), post("/outbox/send", send.send_all),
        Route("/settings", settings.index), post("/settings", settings.save),
        post("/settings/provider", settings.provider), post("/settings/test", settings.test_email),
        Route("/print", printing.form), post("/print", printing.pdf),
        post("/stationery", printing.stationery),
        Route("/people", people.index), post("/people", people.add),
        Route("/people/{person:int}", people.show), post("/people/{person:int}", people.edit),
        Route("/journal", journal.index), post("/journal", journal.write),
        Route("/stats", stats.index), Route("/stats/chart.svg", stats.chart),
        Route("/transfer", transfer.index), Route("/export", transfer.export),
        Route("/calendar.ics", transfer.calendar),
        post("/import", transfer.load, middleware=[Middleware(RequestBodyLimitMiddleware, max_body_size=IMPORT_LIMIT)]),
        Route("/events", events.index), post("/events", events.add),
        Route("/events/{event:int}", events.show),
        post("/events/{event:int}/notes/{note:int}", events.change),
        post("/events/{event:int}/split", events.split),
        Route("/events/{event:int}/import", events.import_form),
        post("/events/{event:int}/import", events.import_preview,
             middleware=[Middleware(RequestBodyLimitMiddleware, max_body_size=IMPORT_LIMIT)]),
        post("/events/{event:int}/import/confirm", events.import_confirm),
        Route("/login", auth.login_form), post("/login", auth.login), post("/logout", auth.logout),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


HTTP_MESSAGES = {
    400: "That request could not be read.",
    404: "There is no page here. Check the address, or start from the home page.",
    405: "This page cannot be used that way.",
    413: "That is more than this page accepts at once.",
}
PASSWORD_SESSION = 12 * 3600       # a login on a network lasts half a day
TOKEN_SESSION = 14 * 24 * 3600     # on this computer, a fortnight


async def http_error(request: Request, exc: HTTPException) -> Response:
    """Starlette's own errors (unknown page, too large a form) as a page in the app's look, not a traceback."""
    if exc.status_code not in HTTP_MESSAGES:
        return Response(exc.detail or "", status_code=exc.status_code, headers=exc.headers)
    web = request.app.state.web
    html = web.env.get_template("error.html").render(
        page=None, csrf="", today=None, path=request.url.path, locked=bool(web.password_hash), flashes=[],
        when=lambda due: "", message=HTTP_MESSAGES[exc.status_code],
        signed_in=web.signed_in(request.scope.get("session", {})))
    return HTMLResponse(html, status_code=exc.status_code, headers=exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    """A mistake of ours: still a page in the app's look, never a traceback."""
    web = request.app.state.web
    html = web.env.get_template("error.html").render(
        page=None, csrf="", today=None, path=request.url.path, locked=bool(web.password_hash), flashes=[],
        when=lambda due: "", signed_in=False,
        message="Something went wrong on Thankful's side; nothing more was changed. Try again, or go back.")
    return HTMLResponse(html, status_code=500)


def create_app(db: str | Path | None = None, *, password: str | None = None, https: bool = False,
               token: str | None = None, hosts: tuple[str, ...] = (), any_address: bool = False,
               port: int | None = None, phone_url: str | None = None) -> Starlette:
    """The web app over the notebook at `db` (default: THANKFUL_DB or the user data directory).

    With a password (8 characters or more), every page asks for it first; only its argon2 hash is kept.
    Without one, a secret token (`token`, or a new one each run: `app.state.web.token`) opens the page: the
    address `thankful serve` prints carries it once. Only the Host names `hosts` (besides localhost,
    127.0.0.1 and [::1]; any IP address with `any_address`) are answered. `https` marks the session cookie
    Secure; `port` goes into the cookie's name, so servers on two ports keep their own sessions. `phone_url`
    is the page's address on the home network (never with a token), shown on Settings with a QR code.
    """
    pool = NotebookPool(db)
    open_notebook(pool.path).close()  # create or upgrade it now, once, so a bad path fails before serving
    if password is not None:
        security.check_password(password)
    max_age = PASSWORD_SESSION if password else TOKEN_SESSION
    web = WebState(pool=pool, env=make_env(), https=https, hosts=security.Hosts(hosts, any_address=any_address),
                   sessions=security.Sessions(Path(str(pool.path) + ".web-sessions"), max_age),
                   password_hash=security.hash_password(password) if password else None,
                   token=None if password else (token or secrets.token_urlsafe(32)),
                   phone_url=_without_query(phone_url))
    middleware = [
        Middleware(security.SecurityHeaders),
        Middleware(security.HostGuard, hosts=web.hosts),
        Middleware(RequestBodyLimitMiddleware, max_body_size=BODY_LIMIT),
        # The key lives beside the notebook (mode 600), so open forms survive a restart of the server.
        Middleware(SessionMiddleware, secret_key=security.session_key(pool.path),
                   session_cookie=f"thankful-{port}" if port else "thankful",
                   same_site="lax", https_only=https, max_age=max_age),
    ]
    app = Starlette(routes=routes(), middleware=middleware,
                    exception_handlers={HTTPException: http_error, Exception: server_error},
                    lifespan=functools.partial(_warm_up, pool.path))
    app.state.web = web
    return app


def _without_query(url: str | None) -> str | None:
    """A shown address never carries a query (a token): only its scheme, host, port and path are kept."""
    if not url:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path or '/'}" if parts.scheme in ("http", "https") else None


@contextlib.asynccontextmanager
async def _warm_up(path: str, app: Starlette):
    """Once serving, draw the stats chart in the background, so its first showing is quick."""
    threading.Thread(target=stats.warm_up, args=(path, today_from(None)), daemon=True, name="warm-up").start()
    yield
