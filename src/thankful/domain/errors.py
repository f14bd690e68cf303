"""Errors a person can fix. The CLI prints the message on one line and exits with `exit_code`."""


class ThankfulError(Exception):
    """A failure: the command could not do what was asked (exit 1)."""

    exit_code = 1


class UsageError(ThankfulError):
    """The command was asked for something malformed: fix the input (exit 2)."""

    exit_code = 2


class NotFound(ThankfulError):
    """A note, moment or person that is not in the notebook."""
