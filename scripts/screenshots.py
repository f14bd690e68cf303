"""Regenerate the guide's screenshots (docs/web-*.png) from a demo notebook, with Playwright and Debian's
chromium: the home page on a Wednesday, the Add page, the editor with the coach marking a generic note
(desktop, 1200 px wide) and the home page at a phone's width (390 px).

Usage: .venv/bin/python scripts/screenshots.py [--out docs]

Nothing of yours is read: the notebook is made in a temporary folder and the date is fixed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--font-render-hinting=none"]
WEDNESDAY = date(2026, 11, 25)
GENERIC = ("Dear May,\n\nThank you so much for the lovely gift! Words cannot express how much I love it. "
           "It was so thoughtful of you.\n\nThanks again,\nSam")


def demo_notebook(path: str) -> None:
    """A few people and moments, as someone a month into using Thankful would have."""
    from thankful.store import open_notebook
    from thankful.usecases import capture, drafting, journal, nudges

    today = WEDNESDAY
    with open_notebook(path) as nb:
        nb.settings.set("sign", "Sam")
        capture.add_person(nb, "May Lee", call="May", address="12 Elm St\nSpringfield, IL 62701", today=today)
        _, (scarf,) = capture.record_moment(nb, "gift", ["May Lee"], {"what": "a hand-knitted scarf",
                                            "occasion": "birthday"}, on=today - timedelta(days=10), today=today)
        capture.record_moment(nb, "favor", ["Ravi Shah"], {"what": "driving me to the airport at 5 a.m."},
                              on=today - timedelta(days=3), today=today)
        capture.record_moment(nb, "interview", ["Dana Whitfield"], {"role": "Data Analyst",
                              "company": "Northwind Health"}, on=today - timedelta(days=1), today=today)
        capture.record_moment(nb, "hospitality", ["Priya Nair"], {"what": "a weekend at the lake house"},
                              on=today - timedelta(days=20), today=today)
        _, (sent,) = capture.record_moment(nb, "gift", ["Tom Brooks"], {"what": "a book of poems"},
                                           on=today - timedelta(days=30), today=today)
        from thankful.usecases import track

        drafting.save_text(nb, sent.id, "Dear Tom,\n\nThe poems have been on my nightstand all month.\n\nSam", "",
                           edited=True)
        track.mark_sent(nb, sent.id, via="card", on=today - timedelta(days=25))
        drafting.save_text(nb, scarf.id, GENERIC, "", edited=True)
        nudges.add_stationery(nb, "12 A2 letterpress cards", today=today - timedelta(days=30))
        journal.write_entry(nb, "My neighbor shoveled our walk before I was up.", today=today - timedelta(days=1))


def serve(db: str):
    import uvicorn

    from thankful.cli.web import listen
    from thankful.web import create_app

    sock = listen("127.0.0.1", 0)
    app = create_app(db, port=sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}", app.state.web.token


def shrink(path: Path) -> None:
    """A palette PNG: the screenshots are flat colors and text, so 256 colors keep them sharp and small."""
    from PIL import Image

    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs"))
    args = ap.parse_args()
    out = Path(args.out)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o700)
        os.environ["THANKFUL_TODAY"] = WEDNESDAY.isoformat()
        os.environ.pop("THANKFUL_PASSWORD", None)
        db = os.path.join(tmp, "notebook.db")
        demo_notebook(db)
        server, thread, address, token = serve(db)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                desktop = browser.new_context(base_url=address, viewport={"width": 1200, "height": 900})
                page = desktop.new_page()
                page.goto(f"/?token={token}")
                shots = {"web-home.png": "/", "web-capture.png": "/capture"}
                for name, path in shots.items():
                    page.goto(path)
                    page.screenshot(path=out / name, full_page=True)
                page.goto("/notes/1")
                page.locator("#coach mark").first.wait_for()
                page.locator("#coach").scroll_into_view_if_needed()
                page.screenshot(path=out / "web-editor.png", full_page=True)
                phone = browser.new_context(base_url=address, viewport={"width": 390, "height": 844},
                                            device_scale_factor=1, is_mobile=True, has_touch=True)
                small = phone.new_page()
                small.goto(f"/?token={token}")
                small.goto("/")
                small.screenshot(path=out / "web-phone.png")
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    for name in ("web-home.png", "web-capture.png", "web-editor.png", "web-phone.png"):
        shrink(out / name)
        print(f"{out / name}: {(out / name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
