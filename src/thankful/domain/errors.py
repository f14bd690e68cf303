"""Errors a person can fix. Each carries a plain message and a kind; the command line adds the command to
run next, the web page a link (cli/errors.py, web/errors.py), so the core never speaks for a face."""

from __future__ import annotations


class ThankfulError(Exception):
    """A failure: the command could not do what was asked (exit 1).

    `what` names the thing concerned ("note", "person", "draft", "address", "setting", ...), `note` the note
    and `name` the person or setting it was, so a face can point to where it is fixed."""

    exit_code = 1
    kind = "failed"

    def __init__(self, message: str, *, what: str = "", note: int | None = None, name: str = ""):
        super().__init__(message)
        self.what, self.note, self.name = what, note, name


class UsageError(ThankfulError):
    """The command was asked for something malformed: fix the input (exit 2)."""

    exit_code = 2
    kind = "bad-input"


class NotFound(ThankfulError):
    """A note, moment or person that is not in the notebook."""

    kind = "not-found"


class NotReady(UsageError):
    """Something a step needs is missing: a draft to send, an address to print, an email to send to (exit 2:
    the command cannot run until it is given)."""

    kind = "not-ready"


class Busy(ThankfulError):
    """Another program holds the notebook: try again in a moment."""

    kind = "busy"


class Conflict(ThankfulError):
    """The thing changed since it was read (another window or command): nothing was overwritten."""

    kind = "conflict"
