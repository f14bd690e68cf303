"""Thankful: remember, write and send sincere thank-you notes, on time."""

__version__ = "0.1.0"


def compose(moment: dict, variants: int = 1, *, today=None) -> dict | list[dict]:
    """Draft a note from a moment (docs/moments.md); a list of `variants` drafts when more than one is asked."""
    from thankful.writing.contract import (
        compose as _compose,  # imported here so `import thankful` stays light
    )

    return _compose(moment, variants, today=today)


def check(text: str, moment: dict | None = None, *, today=None, previous=()) -> dict:
    """Coach a note: {"score": 0-100, "findings": [...]}; `moment` says what the note is for."""
    from thankful.writing.coach import check as _check

    return _check(text, moment, today=today, previous=previous)
