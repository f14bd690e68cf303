"""The editor: a draft from compose, the coach's findings marked in the text as you type, compose's
questions inline, a tone switch, other wordings, and the person's own edits kept."""

from __future__ import annotations

import functools

from thankful.domain import kinds
from thankful.domain.errors import Conflict, ThankfulError, UsageError
from thankful.domain.validate import read_id
from thankful.usecases import drafting, polishing, printing, track
from thankful.web.core import Page, view
from thankful.web.fields import channel_choices
from thankful.web.highlight import highlight


def _note_id(page: Page) -> int:
    return read_id(page.param("note"), "note")


def _variant(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 4 else None


def _version(page: Page) -> int | None:
    """The note's version when the page was shown (None from a page that did not say)."""
    text = page.field("version")
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None


def _same(a: str, b: str) -> bool:
    """Equal but for line endings and surrounding blank lines (browsers send CRLF)."""
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


def _editor(page: Page, note_id: int, *, typed: dict | None = None, status: int = 200, warning: str = "",
            polished: polishing.Polished | None = None, original: str | None = None):
    """The editor page; with `typed`, the person's own text (body, subject) shown instead of the saved one
    (saved meanwhile, unless it is shown for a polish: `polished` goes beside it)."""
    info = track.show(page.nb, note_id)
    if info["status"] in ("sent", "skipped") and typed is None:
        return page.render("note.html", note=info)
    variant = _variant(page.arg("variant"))
    draft = drafting.current(page.nb, note_id, page.today, variant)
    # The person's own wording stays in the box; a fresh draft or another wording asked for goes beside it.
    beside = draft["fresh"] if draft["source"] == "edited" and (variant is not None or page.arg("fresh")) else None
    saved = None
    if typed is not None:
        for_polish = original is not None
        saved = None if for_polish else {"text": draft["text"], "subject": draft["subject"]}
        own = not for_polish or not _same(typed["body"], original) or draft["source"] == "edited"
        draft = {**draft, "text": typed["body"], "subject": typed["subject"],
                 "source": "edited" if own else draft["source"],
                 "check": drafting.coach(page.nb, draft["note"], typed["body"], page.today)}
    return page.render("editor.html", status=status, note=info, draft=draft, tones=kinds.tones(info["facts"]["kind"]),
                       channels=channel_choices(), tone=info["facts"].get("tone", "warm"),
                       max_variants=drafting.MAX_VARIANTS, findings=draft["check"]["findings"],
                       score=draft["check"]["score"], marked=highlight(draft["text"], draft["check"]["findings"]),
                       version=draft["note"].version, warning=warning, saved=saved, beside=beside,
                       plain=printing.plain_font_pieces(draft["text"], info["channel"]),
                       notes_of_moment=len(page.nb.notes.of_moment(info["moment"])), polished=polished,
                       original=original, polisher=_polisher(page))


def _polisher(page: Page) -> polishing.ModelInfo | None:
    """The model behind the Polish button, or None (no button) when llm or a usable model is missing."""
    found = polishing.describe(page.nb)
    return found if found.ready else None


def _conflict(page: Page, note_id: int, error: Conflict):
    """The note changed underneath the page: show the person's text again, unsaved, beside what is saved now."""
    typed = {"body": page.field("body"), "subject": page.field("subject")}
    if not typed["body"].strip():
        return page.error(str(error), status=409, fix=(f"/notes/{note_id}", "Open the note as it is now"))
    return _editor(page, note_id, typed=typed, status=409,
                   warning=f"{error}. Your text is below, not saved yet; what the note holds now is under it. "
                           "Save again to keep yours.")


def conflicts_kept(fn):
    """A view that saves the editor's text: a Conflict shows the person's words again instead of losing them."""
    @functools.wraps(fn)
    def wrapper(page: Page):
        try:
            return fn(page)
        except Conflict as e:
            return _conflict(page, _note_id(page), e)
    return wrapper


@view
def show(page: Page):
    return _editor(page, _note_id(page))


@view
def check(page: Page):
    """The coach on the text as typed (htmx, a moment after each keystroke); a fragment, not a page."""
    note = page.nb.notes.get(_note_id(page))
    text = page.field("body")
    result = drafting.coach(page.nb, note, text, page.today)
    return page.render("_coach.html", findings=result["findings"], score=result["score"],
                       marked=highlight(text, result["findings"]), said=True,
                       plain=printing.plain_font_pieces(text, note.channel))


def keep_typed(page: Page, note_id: int, pending: drafting.Pending | None = None) -> bool:
    """Save what is in the editor's text box, if anything: the person's own words are never thrown away
    (nor saved over wording saved meanwhile: Conflict). Returns whether the text is now the person's own
    (edited), so it will not be redrafted."""
    body = page.field("body")
    note = page.nb.notes.get(note_id)
    if not body.strip():
        if pending:
            drafting.save_pending(page.nb, note, pending)
        return note.edited
    if note.status not in ("owed", "drafted"):  # sent or skipped from elsewhere since the page was shown
        if _same(body, note.body):
            return note.edited
        raise Conflict(f"note #{note_id} was marked {note.status} since it was opened, so this text was not saved",
                       what="conflict", note=note_id)
    edited = note.edited or not _same(body, page.field("original"))
    if edited or not _same(body, note.body) or page.field("subject") != note.subject or pending:
        drafting.save_text(page.nb, note_id, body, page.field("subject"), edited=edited, version=_version(page),
                           pending=pending)
    return edited


def _redraft_unless_edited(page: Page, note_id: int, done: str, pending: drafting.Pending, label: str,
                           anchor: str = ""):
    """After the facts or the tone change: a new draft from them, or (if the text is the person's own)
    their text kept and a word on how to redraft. One transaction, one change to undo: a failure saves nothing.
    `anchor` ("#tone-chosen") is where the page opens again, so focus goes back to what was used."""
    with page.nb.transaction(label):
        if keep_typed(page, note_id, pending):
            return page.redirect(f"/notes/{note_id}{anchor}", kind="warn",
                                 flash=f"{done} Your own wording is kept; “Start again” redrafts the note with it.")
        note = page.nb.notes.get(note_id)
        fresh = drafting.composed(page.nb, note, page.today, _variant(page.field("variant")) or 0)
        drafting.save_text(page.nb, note_id, fresh["text"], fresh["subject"], edited=False, version=note.version)
    return page.redirect(f"/notes/{note_id}{anchor}", flash=f"{done} The draft is rewritten with it.")


@view
@conflicts_kept
def answer(page: Page):
    note_id = _note_id(page)
    page.nb.notes.get(note_id)
    answers = {}
    for name in page.form.keys():
        if name.startswith("ans-"):
            answers[name[4:]] = " ".join(next((v for v in page.fields(name) if v.strip()), "").split())
    if not any(v.strip() for v in answers.values()):
        keep_typed(page, note_id)  # Enter in an empty answer still keeps what was typed in the note
        return page.redirect(f"/notes/{note_id}", flash="Type an answer first; the draft is unchanged.", kind="warn")
    return _redraft_unless_edited(page, note_id, "Saved your answers.", drafting.read_answers(answers),
                                  f"answers for #{note_id}")


@view
@conflicts_kept
def tone(page: Page):
    note_id = _note_id(page)
    chosen = drafting.check_tone(page.nb, page.nb.notes.get(note_id), page.field("tone"))
    return _redraft_unless_edited(page, note_id, f"The tone is now {chosen}.", drafting.Pending(tone=chosen),
                                  f"tone {chosen} for #{note_id}", anchor="#tone-chosen")


@view
@conflicts_kept
def save(page: Page):
    note_id = _note_id(page)
    if not page.field("body").strip():
        raise UsageError("the note is empty; write something, or start again from a fresh draft")
    keep_typed(page, note_id)
    if page.field("next") == "send":
        return page.redirect(f"/notes/{note_id}/send", flash="Draft saved.")
    return page.redirect(f"/notes/{note_id}", flash="Draft saved.")


@view
@conflicts_kept
def wording(page: Page):
    """Another wording (or the previous one): typed words are kept first, as the person's own, so the
    wording asked for is shown beside them rather than over them."""
    note_id = _note_id(page)
    wanted = _variant(page.field("wording")) or 0
    if page.field("body").strip() and not _same(page.field("body"), page.field("original")):
        keep_typed(page, note_id)
    return page.redirect(f"/notes/{note_id}?variant={wanted}")


def _own_words_at_stake(page: Page, note) -> bool:
    """Whether starting again would replace words the person wrote: saved as their own, or typed just now."""
    typed = page.field("body")
    return bool((note.edited and note.body.strip()) or (typed.strip() and not _same(typed, page.field("original"))))


@view
@conflicts_kept
def redraft(page: Page):
    """Start again from a fresh draft; when the person's own words would go, ask first, and keep them one
    Undo away."""
    note_id = _note_id(page)
    note = page.nb.notes.get(note_id)
    at_stake = _own_words_at_stake(page, note)
    if at_stake and page.field("confirm") != "yes":
        return page.render("redraft.html", note=track.show(page.nb, note_id),
                           body=page.field("body") or note.body, subject=page.field("subject") or note.subject,
                           original=page.field("original"), variant=page.field("variant"),
                           version=page.field("version"))
    if at_stake and page.field("body").strip():
        keep_typed(page, note_id)  # its own change: undoing the fresh draft brings these words back
    note = page.nb.notes.get(note_id)
    fresh = drafting.composed(page.nb, note, page.today, _variant(page.field("variant")) or 0)
    with page.nb.transaction(f"fresh draft #{note_id}"):
        drafting.save_text(page.nb, note_id, fresh["text"], fresh["subject"], edited=False,
                           version=note.version if at_stake else _version(page))
    flash = "Started again from a fresh draft."
    if at_stake:
        flash += " Your wording is one Undo away."
    return page.redirect(f"/notes/{note_id}", flash=flash)


@view
@conflicts_kept
def polish(page: Page):
    """The text in the box, polished by the person's own model (their click sends it): an accepted polish is
    shown beside it with the change marked, a refused one with the guard's reasons. Nothing is saved."""
    note_id = _note_id(page)
    note = drafting.to_draft(page.nb, note_id)
    body = page.field("body").replace("\r\n", "\n").strip()
    if not body:
        raise UsageError("the note is empty; write something, or start from a fresh draft, then polish it")
    typed = {"body": body, "subject": page.field("subject")}
    draft = {"text": body, "subject": typed["subject"],
             "edited": note.edited or not _same(body, page.field("original"))}
    try:
        polished = polishing.polish(page.nb, note, page.today, draft)
    except ThankfulError as e:  # llm missing, an unknown model, a model's error or time-out: one line
        return _editor(page, note_id, typed=typed, original=page.field("original"),
                       warning=f"Not polished: {e}.")
    return _editor(page, note_id, typed=typed, original=page.field("original"), polished=polished)


@view
@conflicts_kept
def take_polish(page: Page):
    """Take the polished wording the person chose: it becomes the draft (one Undo brings theirs back)."""
    note_id = _note_id(page)
    note = drafting.to_draft(page.nb, note_id)
    text = page.field("polished")
    if not text.strip():
        raise UsageError("there is no polished wording to take; click Polish first")
    edited = note.edited or not _same(page.field("draft"), page.field("original"))
    drafting.save_text(page.nb, note_id, text, page.field("subject"), edited=edited, version=_version(page))
    return page.redirect(f"/notes/{note_id}", flash="Took the polished wording. Undo brings your draft back.")
