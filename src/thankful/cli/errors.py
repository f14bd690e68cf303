"""How the command line reports a failure: the core's message, then the command that fixes it (the web page
links to the page that fixes it instead). Anything unexpected still becomes one line, never a traceback."""

from __future__ import annotations

from thankful.domain.errors import NotFound, ThankfulError

NOT_FOUND = {
    "note": "see 'thankful owed --all' for the notes in this notebook",
    "person": "add them with 'thankful people add NAME', or see 'thankful people list'",
    "moment": "see 'thankful owed --all' for the notes and their moments",
    "event": "see 'thankful event list', or add one with 'thankful event add NAME --kind wedding --on DATE'",
    "journal": "see 'thankful journal' for the entries and their numbers",
    "backup": "see 'thankful backup --list' for the copies Thankful made",
}
# What to run, by what the error is about; {note} and {name} are the note and the person or setting.
FIXES = {
    "from": "use --from NAME",
    "why": "use --why TEXT",
    "due": "use a later --due DATE",
    "today": "check --today or THANKFUL_TODAY",
    "start": "use --start N",
    "font": "choose another with --font",
    "draft": "write one with 'thankful draft {note}'",
    "address": "add one with 'thankful people edit \"{name}\" --address \"12 Elm St\\nSpringfield, IL 62701\"'",
    "email": "add one with 'thankful people edit \"{name}\" --email ADDRESS', or print a card: thankful print {note}",
    "smtputf8": "send it from your own mail program: thankful eml {note} -o FILE.eml",
    "uncertain": "then send it again with --force",
    "setting": "set it with 'thankful config set {name} VALUE'",
    "setting-value": "or remove it with 'thankful config unset {name}'",
    "password": "keep one with 'thankful config password' (or set THANKFUL_SMTP_PASSWORD)",
    "stationery": "thankful stationery add \"12 A2 cards\"",
    "notebook": "check the path, or choose another notebook with --db",
    "damaged": "run 'thankful doctor' to check it and save what can be read, or restore a backup with "
               "'thankful restore FILE'",
    "not-empty": "import into a new notebook with --db NEW.db",
    "undo": "see 'thankful undo --list'",
    "backup-damaged": "choose another copy: thankful backup --list",
}


def explain(error: BaseException) -> tuple[str, int]:
    """(one line, exit code) for any error a command raised."""
    if isinstance(error, ThankfulError):
        more = hint(error)
        return (f"{error}; {more}" if more else str(error)), error.exit_code
    from thankful.store import explain as store_explain

    known = store_explain(error)
    if known is not None:
        return explain(known)
    return _unexpected(error), 1


def hint(error: ThankfulError) -> str:
    """The command that fixes what the error names, or ''."""
    if isinstance(error, NotFound):
        return NOT_FOUND.get(error.what, "")
    return fix(error.what, note=error.note, name=error.name)


def fix(what: str, *, note: int | None = None, name: str = "") -> str:
    """The command that fixes a problem of this kind ('' when there is none to run)."""
    template = FIXES.get(what, "")
    if ("{note}" in template and note is None) or ("{name}" in template and not name):
        return ""
    return template.format(note=note, name=name)


def _unexpected(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "the input is nested too deeply to read; simplify it"
    if isinstance(error, MemoryError):
        return "not enough memory for this; try a smaller input"
    if isinstance(error, UnicodeError):
        return f"the text is not valid Unicode ({getattr(error, 'reason', error)}); save it as UTF-8 and try again"
    if isinstance(error, OverflowError):
        return "a number or date is out of range; use a smaller one"
    if isinstance(error, ValueError) and "null byte" in str(error):
        return "a file name cannot hold a NUL character; check the path"
    if isinstance(error, OSError):
        where = f" {error.filename}" if error.filename else ""
        return f"cannot use{where}: {error.strerror or error}"
    return f"something went wrong ({type(error).__name__}: {error}); nothing more was changed"
