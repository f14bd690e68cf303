"""Findings and the score: each finding names a code (DESIGN §5), cites a span, says how to fix it and
what it cost."""

from dataclasses import dataclass

# Points a finding costs; a warning for a missing essential, or one that would embarrass, costs most.
WARN_COST = {"no-specific": 25, "money-amount": 25, "irs-missing": 25, "new-ask": 25, "placeholder": 25,
             "negative": 25, "no-name": 20, "cliche": 15, "no-impact": 20, "too-short": 20, "too-long": 15,
             "gushing": 20, "late-excuse": 15, "interview-missing": 15, "repeated": 15, "wrong-tone": 20,
             "grammar": 10}
OTHER_WARN_COST = 15
INFO_COST = 5


@dataclass(frozen=True)
class Finding:
    """One thing the coach found: what, how serious, where in the note, and how to fix it."""

    code: str
    severity: str  # "warn": fix before sending; "info": worth a look
    message: str
    span: tuple[int, int]
    suggestion: str

    @property
    def cost(self) -> int:
        """The points this finding takes off the score."""
        return WARN_COST.get(self.code, OTHER_WARN_COST) if self.severity == "warn" else INFO_COST

    def as_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "span": list(self.span), "suggestion": self.suggestion, "cost": self.cost}


def warn(code: str, message: str, span: tuple[int, int], suggestion: str) -> Finding:
    return Finding(code, "warn", message, span, suggestion)


def info(code: str, message: str, span: tuple[int, int], suggestion: str) -> Finding:
    return Finding(code, "info", message, span, suggestion)


def score(findings: list[Finding]) -> int:
    """100 for a note with nothing to fix; each finding costs points, a warning more than a hint."""
    return max(0, 100 - sum(f.cost for f in findings))
