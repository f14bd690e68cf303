"""How the command line reports a failure: the core's message, then what to run next (the web page links
to the page that fixes it instead). Anything unexpected still becomes one line, never a traceback."""

from __future__ import annotations

from thankful.domain.errors import NotFound, NotReady, ThankfulError, UsageError

# The flag that gives what a usage error says is missing or wrong.
FLAGS = {"from": "--from NAME", "why": "--why TEXT", "due": "--due DATE"}
NOT_FOUND = {
    "note": "see 'thankful owed --all' for the notes in this notebook",
    "person": "add them with 'thankful people add NAME', or see 'thankful people list'",
    "moment": "see 'thankful owed --all' for the notes and their moments",
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
    if isinstance(error, UsageError) and error.what in FLAGS:
        return f"use {FLAGS[error.what]}"
    if isinstance(error, NotFound):
        return NOT_FOUND.get(error.what, "")
    if isinstance(error, NotReady):
        if error.what == "draft" and error.note:
            return f"write one with 'thankful draft {error.note}'"
        if error.what == "address" and error.person:
            return (f"add one with 'thankful people edit \"{error.person}\" --address "
                    "\"12 Elm St\\nSpringfield, IL 62701\"'")
        if error.what == "email" and error.person:
            return f"add one with 'thankful people edit \"{error.person}\" --email ADDRESS'"
    return ""


def _unexpected(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "the input is nested too deeply to read; simplify it"
    if isinstance(error, MemoryError):
        return "not enough memory for this; try a smaller input"
    if isinstance(error, UnicodeError):
        return f"the text is not valid Unicode ({error.reason}); save it as UTF-8 and try again"
    if isinstance(error, OverflowError):
        return "a number or date is out of range; use a smaller one"
    if isinstance(error, OSError):
        where = f" {error.filename}" if error.filename else ""
        return f"cannot use{where}: {error.strerror or error}"
    return f"something went wrong ({type(error).__name__}: {error}); nothing more was changed"
