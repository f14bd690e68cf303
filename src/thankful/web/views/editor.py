"""The editor: a draft from compose, the coach's findings marked in the text as you type, compose's
questions inline, a tone switch, other wordings, and the person's own edits kept."""

from __future__ import annotations

from thankful.domain import kinds
from thankful.domain.errors import UsageError
from thankful.usecases import drafting, track
from thankful.web.core import Page, view
from thankful.web.fields import channel_choices
from thankful.web.highlight import highlight


def _note_id(page: Page) -> int:
    return int(page.param("note"))


def _variant(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _same(a: str, b: str) -> bool:
    """Equal but for line endings and surrounding blank lines (browsers send CRLF)."""
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


@view
def show(page: Page):
    note_id = _note_id(page)
    info = track.show(page.nb, note_id)
    if info["status"] in ("sent", "skipped"):
        return page.render("note.html", note=info)
    variant = _variant(page.arg("variant"))
    draft = drafting.current(page.nb, note_id, page.today, variant)
    # The person's own wording stays in the box; a fresh draft or another wording asked for goes beside it.
    beside = draft["fresh"] if draft["source"] == "edited" and (variant is not None or page.arg("fresh")) else None
    return page.render("editor.html", note=info, draft=draft, tones=kinds.tones(info["facts"]["kind"]), channels=channel_choices(),
                       beside=beside, notes_of_moment=len(page.nb.notes.of_moment(info["moment"])),
                       tone=info["facts"].get("tone", "warm"), max_variants=drafting.MAX_VARIANTS,
                       findings=draft["check"]["findings"], score=draft["check"]["score"],
                       marked=highlight(draft["text"], draft["check"]["findings"]))


@view
def check(page: Page):
    """The coach on the text as typed (htmx, a moment after each keystroke); a fragment, not a page."""
    note = page.nb.notes.get(_note_id(page))
    text = page.field("body")
    result = drafting.coach(page.nb, note, text, page.today)
    return page.render("_coach.html", findings=result["findings"], score=result["score"],
                       marked=highlight(text, result["findings"]))


def keep_typed(page: Page, note_id: int) -> bool:
    """Save what is in the editor's text box, if anything: the person's own words are never thrown away.
    Returns whether the text is now the person's own (edited), so it will not be redrafted."""
    body = page.field("body")
    note = page.nb.notes.get(note_id)
    if not body.strip() or note.status not in ("owed", "drafted"):
        return note.edited
    edited = note.edited or not _same(body, page.field("original"))
    if edited or not _same(body, note.body) or page.field("subject") != note.subject:
        drafting.save_text(page.nb, note_id, body, page.field("subject"), edited=edited)
    return edited


def _redraft_unless_edited(page: Page, note_id: int, done: str):
    """After the facts or the tone change: a new draft from them, or (if the text is the person's own)
    their text kept and a word on how to redraft."""
    if keep_typed(page, note_id):
        return page.redirect(f"/notes/{note_id}", kind="warn",
                             flash=f"{done} Your own wording is kept; “Start again” redrafts the note with it.")
    note = page.nb.notes.get(note_id)
    fresh = drafting.composed(page.nb, note, page.today, _variant(page.field("variant")) or 0)
    drafting.save_text(page.nb, note_id, fresh["text"], fresh["subject"], edited=False)
    return page.redirect(f"/notes/{note_id}", flash=f"{done} The draft is rewritten with it.")


@view
def answer(page: Page):
    note_id = _note_id(page)
    note = page.nb.notes.get(note_id)
    answers = {}
    for name in page.form.keys():
        if name.startswith("ans-"):
            answers[name[4:]] = " ".join(next((v for v in page.fields(name) if v.strip()), "").split())
    if not any(v.strip() for v in answers.values()):
        keep_typed(page, note_id)  # Enter in an empty answer still keeps what was typed in the note
        return page.redirect(f"/notes/{note_id}", flash="Type an answer first; the draft is unchanged.", kind="warn")
    with page.nb.change():  # the answers and the draft they make: one change to undo
        drafting.save_answers(page.nb, note, answers)
        return _redraft_unless_edited(page, note_id, "Saved your answers.")


@view
def tone(page: Page):
    note_id = _note_id(page)
    chosen = page.field("tone")
    with page.nb.change():
        drafting.set_tone(page.nb, note_id, chosen)
        return _redraft_unless_edited(page, note_id, f"The tone is now {chosen}.")


@view
def save(page: Page):
    note_id = _note_id(page)
    if not page.field("body").strip():
        raise UsageError("the note is empty; write something, or start again from a fresh draft")
    keep_typed(page, note_id)
    if page.field("next") == "send":
        return page.redirect(f"/notes/{note_id}/send", flash="Draft saved.")
    return page.redirect(f"/notes/{note_id}", flash="Draft saved.")


@view
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
def redraft(page: Page):
    note_id = _note_id(page)
    note = page.nb.notes.get(note_id)
    at_stake = _own_words_at_stake(page, note)
    if at_stake and page.field("confirm") != "yes":
        return page.render("redraft.html", note=track.show(page.nb, note_id),
                           body=page.field("body") or note.body, subject=page.field("subject") or note.subject,
                           original=page.field("original"), variant=page.field("variant"))
    if at_stake and page.field("body").strip():
        keep_typed(page, note_id)  # its own change: undoing the fresh draft brings these words back
    fresh = drafting.composed(page.nb, note, page.today, _variant(page.field("variant")) or 0)
    with page.nb.change(f"fresh draft #{note_id}"):
        drafting.save_text(page.nb, note_id, fresh["text"], fresh["subject"], edited=False)
    flash = "Started again from a fresh draft."
    if at_stake:
        flash += " Your wording is one Undo away."
    return page.redirect(f"/notes/{note_id}", flash=flash)
