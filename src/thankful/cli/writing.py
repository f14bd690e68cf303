"""Commands for writing: compose (drafts from moments), check (the coach), draft (a stored note, interactively).

compose and check need no notebook; draft works on a note in it.
"""

import json
import os
import sys
from argparse import ArgumentTypeError

from thankful.domain.errors import Conflict, ThankfulError, UsageError
from thankful.domain.validate import read_count, read_json
from thankful.writing.contract import check, compose_many

from .common import emit_json, note_number, out, read_text_arg


def compose_arguments(p) -> None:
    p.epilog = ("Input: one moment (a JSON object), a JSON array, or JSON Lines, with the fields of "
                "docs/moments.md. An array gives an array back, JSON Lines give JSON Lines.")
    p.add_argument("file", nargs="?", metavar="FILE", help="the moments ('-' or nothing: standard input)")
    p.add_argument("--variants", type=_variants, default=1, metavar="N",
                   help="N differently shaped drafts for each moment (default 1)")
    p.set_defaults(handler=cmd_compose)


def check_arguments(p) -> None:
    p.add_argument("file", nargs="?", metavar="TEXT_FILE", help="the note ('-' or nothing: standard input)")
    p.add_argument("--moment", metavar="FILE", help="the moment the note is for (JSON), to check it names it")
    p.set_defaults(handler=cmd_check)


def draft_arguments(p) -> None:
    p.add_argument("note", type=note_number, metavar="NOTE")
    p.add_argument("--yes", action="store_true", help="no questions: compose and save the draft as it is")
    p.add_argument("--tone", metavar="TONE", help="the tone for this moment, as its kind allows (saved with it)")
    p.add_argument("--fresh", action="store_true", help="replace your own edits with a new draft")
    p.add_argument("--polish", action="store_true",
                   help="ask your own model (through llm) to polish the draft; shown beside it, saved only with "
                        "--yes and only if the guard accepts it (docs/polish.md)")
    p.add_argument("--model", metavar="ID", help="the llm model to polish with (default: the setting polish.model, "
                                                 "else llm's default model)")
    p.set_defaults(handler=cmd_draft)


def _variants(text: str) -> int:
    try:
        return read_count(text, "number of variants", most=20)
    except UsageError:
        raise ArgumentTypeError(f"{text!r} is not a number of variants; give 1 to 20") from None


# --- compose ------------------------------------------------------------------------------------

def read_moments(text: str) -> tuple[list[dict], str]:
    """The moments in the input and its shape: 'one' (an object), 'array' or 'lines' (JSON Lines)."""
    stripped = text.strip()
    if not stripped:
        raise UsageError("no moment given; pass a JSON object, an array or JSON Lines (see docs/moments.md)")
    try:
        data = read_json(stripped, "cannot read the moment as JSON")
    except UsageError as whole_error:
        if "\n" not in stripped or "nested" in str(whole_error):
            raise
        return _json_lines(stripped, whole_error), "lines"
    if isinstance(data, dict):
        return [data], "one"
    if isinstance(data, list):
        if not all(isinstance(m, dict) for m in data):
            raise UsageError("each item of the JSON array must be a moment object")
        return data, "array"
    raise UsageError("the input must be a moment object, an array of them, or JSON Lines")


def _json_lines(text: str, whole_error: UsageError) -> list[dict]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if len(lines) < 2:
        raise whole_error
    moments = []
    for n, line in lines:
        try:
            moment = read_json(line, f"line {n}")
        except UsageError as e:
            raise UsageError(f"{e}; each line must be one moment") from None
        if not isinstance(moment, dict):
            raise UsageError(f"line {n}: each line must be a moment object")
        moments.append(moment)
    return moments


def cmd_compose(ctx) -> None:
    moments, shape = read_moments(read_text_arg(ctx.args.file, "the moments to compose"))
    variants = ctx.args.variants
    results = compose_many(moments, today=ctx.today, variants=variants)
    if ctx.json:
        _emit_results(results, shape)
        return
    for i, draft in enumerate(_each_draft(results)):
        if i:
            out("\n" + "-" * 40 + "\n")
        out(_plain_result(draft))


def _each_draft(results: list):
    """Every draft of the results, in order: a moment gives one, a list of variants, or (an interview panel)
    a list per interviewer."""
    for result in results:
        if isinstance(result, dict):
            yield result
        else:
            yield from _each_draft(result)


def _emit_results(results: list, shape: str) -> None:
    if shape == "one":
        emit_json(results[0])
    elif shape == "array":
        emit_json(results)
    else:
        encode = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps builds anew for every line
        sys.stdout.writelines(encode(r) + "\n" for r in results)


def _plain_result(r: dict) -> str:
    lines = []
    if r.get("subject"):
        lines.append(f"Subject: {r['subject']}\n")
    lines.append(r["text"])
    facts = [f"due {r['due']}" if r.get("due") else "", "late: open with one short apology" if r["late"] else ""]
    if any(facts):
        lines.append("\n(" + "; ".join(x for x in facts if x) + ")")
    if r["needs"]:
        lines.append("\nTo make it yours, answer:")
        lines += [f"  - {n['question']} ({n['field']})" for n in r["needs"]]
    lines.append("\n" + _plain_check(r["check"], r["text"]))
    return "\n".join(lines)


# --- check --------------------------------------------------------------------------------------

def cmd_check(ctx) -> None:
    text = read_text_arg(ctx.args.file, "the note to check")
    moment = _read_moment_file(ctx.args.moment) if ctx.args.moment else None
    result = check(text, moment, today=ctx.today)
    if ctx.json:
        emit_json(result)
    else:
        out(_plain_check(result, text))


def _read_moment_file(path: str) -> dict:
    data = read_json(read_text_arg(path, "the moment"), path)
    if not isinstance(data, dict):
        raise UsageError(f"{path} must hold one moment object, not {type(data).__name__}")
    return data


def _plain_check(result: dict, text: str) -> str:
    lines = [f"Coach: {result['score']}/100"]
    if not result["findings"]:
        lines[0] += " — nothing to fix."
    for f in result["findings"]:
        start, end = f["span"]
        quote = f' "{text[start:end].strip()}"' if end > start and end - start <= 60 else ""
        cost = f" (-{f['cost']})" if f.get("cost") else ""
        lines.append(f"  {f['severity']:<4} {f['code']}{cost}:{quote} {f['message']}")
        lines.append(f"       → {f['suggestion']}")
    return "\n".join(lines)


# --- draft --------------------------------------------------------------------------------------
# The draft command's use case (usecases.drafting) is imported inside its functions: it brings the
# notebook's settings and the mail channel (smtplib, ssl, email), a sixth of a 1,000-moment
# `thankful compose` batch's instructions, and compose and check need none of it.

def cmd_draft(ctx) -> None:
    """Draft a note. Nothing is saved until the end (the tone, answers and signature go with the draft), and
    never over wording the person saved elsewhere meanwhile (the note's version is checked)."""
    from thankful.usecases import drafting

    nb, args, today = ctx.nb, ctx.args, ctx.today
    if args.model is not None and not args.polish:
        raise UsageError("--model chooses the model that polishes; use it with --polish")
    if args.polish:
        return _polish(ctx)
    note = drafting.to_draft(nb, args.note)
    pending = drafting.Pending(tone=drafting.check_tone(nb, note, args.tone) if args.tone else None)
    interactive = not args.yes
    if interactive and not drafting.signature(nb):
        pending.sign = _ask_signature()
    keep = note.edited and not args.fresh
    if keep and interactive:
        keep = not _yes_no("You edited this note yourself. Replace your edits with a new draft? [y/N] ", False)
    if keep:
        result = drafting.kept(nb, note, today, pending=pending)
    else:
        result = drafting.composed(nb, note, today, pending=pending)
        if interactive:
            result = _ask_needs(nb, note, today, result, pending)
    edited = keep
    if interactive and not keep:
        _show(result)
        if _yes_no("Edit it in your editor? [y/N] ", False):
            result["text"] = _edit(result["text"])
            edited = True
            result["check"] = drafting.coach(nb, note, result["text"], today, pending)
        if not _yes_no("Save this draft? [Y/n] ", True):
            out("Nothing saved.")
            return
    if keep:
        drafting.save_pending(nb, note, pending)
    else:
        _save(nb, note, result, edited, pending)
    payload = {"note": note.id, "status": "drafted", "kept_edits": keep, **result}
    if ctx.json:
        emit_json(payload)
    elif args.yes or keep:
        out(("Kept your edited draft" if keep else "Drafted") + f" note #{note.id}:\n")
        out(_plain_result(result))
    else:
        out(f"Saved the draft of note #{note.id}.")


def _polish(ctx) -> int:
    """The draft polished by the person's own model: the guard's verdict, the change and the suggestion; with
    --yes an accepted polish becomes the saved draft. Nothing is saved otherwise (exit 1 when --yes asked to
    save a polish the guard refused)."""
    from thankful.usecases import drafting, polishing

    nb, args, today = ctx.nb, ctx.args, ctx.today
    note = drafting.to_draft(nb, args.note)
    pending = drafting.Pending(tone=drafting.check_tone(nb, note, args.tone) if args.tone else None)
    draft = polishing.draft_of(nb, note, today, fresh=args.fresh, pending=pending)
    polished = polishing.polish(nb, note, today, draft, model=args.model, pending=pending)
    saved = bool(args.yes and polished.accepted and polished.text.strip() != draft["text"].strip())
    if saved:
        polishing.take(nb, polished, version=note.version, pending=pending)
    if ctx.json:
        emit_json({"note": note.id, "polish": polished.as_dict()})
    else:
        out(_plain_polish(polished, saved))
    return 1 if args.yes and not polished.accepted else 0


def _plain_polish(polished, saved: bool) -> str:
    if not polished.accepted:
        lines = [f"The polish by {polished.model} was refused; the draft of note #{polished.note} stays as it was:"]
        lines += [f"  - {reason}" for reason in polished.reasons]
        return "\n".join(lines)
    from thankful.writing.polish import marked

    if polished.text.strip() == polished.draft.strip():
        return f"{polished.model} suggests no change to the draft of note #{polished.note}; nothing saved."
    lines = [f"Polished by {polished.model} (the guard found nothing invented). The change:", "",
             marked(polished.draft, polished.text), "", "The polished note:", "", polished.text, ""]
    if saved:
        lines.append(f"Saved it as the draft of note #{polished.note}.")
    else:
        lines.append(f"Nothing saved. 'thankful draft {polished.note} --polish --yes' saves a polish the guard "
                     "accepts (the model answers again, so its words may differ).")
    return "\n".join(lines).rstrip()


def _save(nb, note, result: dict, edited: bool, pending) -> None:
    """Save the draft if the note's own wording did not change meanwhile; otherwise keep that wording, and
    (when the person typed this text) show it, so neither is lost."""
    from thankful.usecases import drafting

    save = drafting.save_text if edited else drafting.save_draft  # typed text is tidied; empty is refused
    try:
        save(nb, note.id, result["text"], result.get("subject") or "", edited=edited, version=note.version,
             pending=pending)
    except Conflict as e:
        if edited:  # the words the person typed are on their screen, to keep, whatever happens next
            out(f"Your text for note #{note.id}, not saved:\n\n{result['text']}\n")
        raise type(e)(f"{e}; run 'thankful draft {note.id}' again to work from it", what=e.what,
                      note=e.note) from None


def _ask_signature() -> str | None:
    """Ask how the person signs their notes (neither 'sign' nor 'name' is set); saved with the draft."""
    return _ask("How do you sign your notes? ").strip() or None


def _ask_needs(nb, note, today, result: dict, pending) -> dict:
    """Ask each question compose raised about the moment; compose again with the answers (saved with the draft)."""
    from thankful.usecases import drafting

    answers = {}
    for need in drafting.questions(result["needs"]):
        answer = _ask(f"{need['question']} (Enter to skip) ").strip()
        if answer:
            answers[need["field"]] = answer
    if not answers:
        return result
    given = drafting.read_answers(answers)
    pending.facts.update(given.facts)
    pending.sign = given.sign or pending.sign
    return drafting.composed(nb, note, today, pending=pending)


def _show(result: dict) -> None:
    out()
    out(_plain_result(result))
    out()


def _edit(text: str) -> str:
    """Open the draft in $VISUAL/$EDITOR and read it back."""
    import shlex  # only the draft editor runs a program: compose and check start without these
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise UsageError("set $EDITOR (for example EDITOR=nano) to edit drafts, or answer 'n'")
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="thankful-draft-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        if subprocess.run([*shlex.split(editor), path]).returncode != 0:
            raise ThankfulError(f"the editor ({editor}) failed; the draft was not changed")
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    finally:
        os.unlink(path)


def _ask(question: str) -> str:
    try:
        return input(question)
    except EOFError:
        return ""


def _yes_no(question: str, default: bool) -> bool:
    answer = _ask(question).strip().lower()
    if not answer:
        return default
    return answer.startswith("y")
