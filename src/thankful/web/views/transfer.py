"""Import and export: the whole notebook as one JSON file, the same format as `thankful export`."""

from __future__ import annotations

from starlette.responses import Response

from thankful.domain.errors import ThankfulError
from thankful.usecases import calendar as due_dates
from thankful.usecases.transfer import export_text, import_text
from thankful.web.core import Page, view


@view
def index(page: Page):
    return page.render("transfer.html", error="")


@view
def export(page: Page):
    text = export_text(page.nb)
    name = f"thankful-{page.today.isoformat()}.json"
    return Response(text, media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@view
def calendar(page: Page):
    """Every owed note's due date as an .ics file, with a reminder the day before (`thankful calendar`)."""
    return Response(due_dates.ics(page.nb, page.today), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="thankful-due-dates.ics"'})


@view
def load(page: Page):
    upload = page.upload("file")
    if upload is None or not upload.filename:
        return page.render("transfer.html", status=400, error="Choose an export file to import.")
    try:
        text = upload.file.read().decode("utf-8")
        counts = import_text(page.nb, text, source=upload.filename)
    except UnicodeDecodeError:
        return page.render("transfer.html", status=400, error=f"{upload.filename} is not UTF-8 text.")
    except ThankfulError as e:
        return page.render("transfer.html", status=400, error=str(e))
    summary = ", ".join(f"{n} {table}" for table, n in counts.items() if n) or "nothing"
    return page.redirect("/", flash=f"Imported {summary}.")
