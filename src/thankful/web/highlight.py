"""The coach's findings marked in the note's text, for the web editor (the drafting itself is in
thankful/drafting.py, shared with `thankful draft`)."""

from __future__ import annotations

from markupsafe import Markup, escape

SEVERITY = {"error": 3, "warn": 2, "info": 1}
WHOLE_NOTE = {"too-short", "too-long", "wrong-tone", "irs-missing", "interview-missing"}  # listed, not marked


def highlight(text: str, findings: list[dict]) -> Markup | None:
    """The note as HTML with each finding's span in a <mark>, numbered like the list of findings.

    Spans that cover the whole note (length) are listed only; a zero-width span (something missing at
    a place) shows its number there. Overlaps take the most severe finding's colour. None when no
    finding points at a place in the text."""
    marks = [(i, f) for i, f in enumerate(findings, start=1) if f["code"] not in WHOLE_NOTE]
    if not marks:
        return None  # nothing to point at: the list of findings says it all
    cuts = {0, len(text)}
    for _, f in marks:
        start, end = _span(f, text)
        cuts.update((start, end))
    bounds = sorted(cuts)
    out: list[str] = []
    for start, end in zip(bounds, bounds[1:] + [None]):
        out += [_badge(i, f) for i, f in marks if _span(f, text)[0] == start]
        if end is None:
            break
        piece = escape(text[start:end])
        active = [f for _, f in marks if _span(f, text)[0] <= start < _span(f, text)[1]]
        if active:
            worst = max(active, key=lambda f: SEVERITY.get(f["severity"], 0))
            out.append(f'<mark class="sev-{escape(worst["severity"])}">{piece}</mark>')
        else:
            out.append(str(piece))
    return Markup("".join(out))


def _span(f: dict, text: str) -> tuple[int, int]:
    start, end = (f.get("span") or [0, 0])[:2]
    start = max(0, min(int(start), len(text)))
    return start, max(start, min(int(end), len(text)))


def _badge(number: int, f: dict) -> str:
    return f'<sup class="badge sev-{escape(f["severity"])}" aria-hidden="true">{number}</sup>'
