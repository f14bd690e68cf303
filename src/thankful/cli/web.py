"""`thankful serve`: the notebook as a local web page. Starlette and uvicorn load only when it runs."""

from __future__ import annotations

import sys

from thankful.domain.errors import ThankfulError, UsageError

from .common import out


def serve_arguments(p) -> None:
    p.description = ("Serve the notebook as a local web page. It listens on 127.0.0.1 (this computer only) "
                     "unless you choose another --host, which needs a password.")
    p.set_defaults(handler=cmd_serve)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this computer only)")
    p.add_argument("--port", type=int, default=8765, help="port (default: 8765; 0 picks a free one)")
    p.add_argument("--open", action="store_true", help="open the page in your browser")
    p.add_argument("--password-file", metavar="FILE",
                   help="ask for the password on this file's first line (or set THANKFUL_PASSWORD); "
                        "required to listen on any address but this computer's")
    p.add_argument("--allow-host", dest="allow_hosts", metavar="NAME", action="append", default=[],
                   help="also answer to this host name (repeatable), e.g. the name of this computer on your "
                        "network; localhost, 127.0.0.1 and [::1] always work")
    p.add_argument("--certfile", metavar="FILE", help="TLS certificate: serve https (with --keyfile)")
    p.add_argument("--keyfile", metavar="FILE", help="TLS private key for --certfile")


def listen(host: str, port: int):
    """Bind before starting the server, so a busy port is one clear line, and port 0 gets a real number."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio turns on TCP_NODELAY only for sockets that say they are TCP, and
    # without it every response waits ~40 ms for a delayed ACK between its head and its body.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as e:
        sock.close()
        hint = "; is Thankful already running? try another --port" if port else ""
        raise ThankfulError(f"cannot listen on {host}:{port}: {e.strerror or e}{hint}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def page_address(host: str, port: int, tls: bool, token: str | None = None) -> str:
    """The address to open: with the token on this computer (once; the page then drops it)."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    shown = f"[{shown}]" if ":" in shown else shown
    return f"{'https' if tls else 'http'}://{shown}:{port}/" + (f"?token={token}" if token else "")


def answered_names(host: str, extra: list[str]) -> tuple[tuple[str, ...], bool]:
    """The Host names to answer besides loopback's: the address listened on and those the owner allowed;
    and whether any IP address is answered (listening on every address)."""
    from thankful.web.security import normal_host

    every = host.strip("[]") in ("0.0.0.0", "::", "")
    names = [n for n in (*extra, "" if every else host) if normal_host(n)]
    bad = [n for n in extra if not normal_host(n) or "/" in n or " " in n.strip()]
    if bad:
        raise UsageError(f"--allow-host {bad[0]!r} is not a host name; give a name like thankful.local")
    return tuple(names), every


def cmd_serve(ctx) -> None:
    from thankful.web.security import check_bind, is_loopback, read_password

    a = ctx.args
    if bool(a.certfile) != bool(a.keyfile):
        raise ThankfulError("give both --certfile and --keyfile to serve https")
    if not 0 <= a.port <= 65535:
        raise UsageError(f"--port {a.port} is not a port; give one from 1 to 65535 (0 picks a free one)")
    password = read_password(a.password_file)
    check_bind(a.host, password)
    names, every = answered_names(a.host, a.allow_hosts)
    _ = ctx.today  # a bad THANKFUL_TODAY is reported now, not on every page

    import uvicorn

    from thankful.web import create_app

    tls = bool(a.certfile)
    sock = listen(a.host, a.port)
    port = sock.getsockname()[1]
    phone = None
    if not is_loopback(a.host):
        from thankful.web.phone import phone_address

        phone = phone_address(a.host, port, tls)
    try:
        app = create_app(getattr(a, "db", None), password=password, https=tls, hosts=names, any_address=every,
                         port=port, phone_url=phone)
    except BaseException:
        sock.close()
        raise
    _warm_the_coach()
    url = page_address(a.host, port, tls, app.state.web.token)
    config = uvicorn.Config(app, log_level="warning", access_log=False, ssl_certfile=a.certfile,
                            ssl_keyfile=a.keyfile, server_header=False, timeout_graceful_shutdown=3)
    server = uvicorn.Server(config)
    out(f"Thankful is open at {url}")
    if app.state.web.token:
        out("(The address carries a key for this run: only a browser that opened it can see your notebook.)")
    if phone:
        out(f"On your phone or tablet (on the same network): {phone} (it asks for the password;"
            " Settings shows a QR code for it)")
    out(f"Notebook: {app.state.web.pool.path}")
    if not is_loopback(a.host) and not tls:
        out("Note: without --certfile the password and notes cross the network unencrypted.")
    out("Press Ctrl+C to stop.")
    sys.stdout.flush()
    if a.open:
        import threading

        threading.Thread(target=_open_when_ready, args=(server, url), daemon=True).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down cleanly, then passes Ctrl+C on
        pass
    out("Stopped.")


def _warm_the_coach() -> None:
    """Load the coach's grammar checker (about a second) while the server starts, not on the first keystroke."""
    import threading

    from thankful.writing.coach import warm

    threading.Thread(target=warm, name="warm-coach", daemon=True).start()


def _open_when_ready(server, url: str) -> None:
    import time
    import webbrowser

    for _ in range(100):
        if server.started:
            webbrowser.open(url)
            return
        time.sleep(0.05)
