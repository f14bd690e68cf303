"""A moment in the DESIGN §5 JSON shape, read and checked once: the facts compose and check work from."""

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from thankful.domain import kinds
from thankful.domain.errors import UsageError

TEXT_FIELDS = ("occasion", "what", "detail", "use", "memory", "ahead", "role", "company", "topic", "strength",
               "extra", "question", "organization", "currency", "goods_services", "sign")
# Words in a greeting that are a title or a family name for someone ("Aunt May"): keep the whole greeting.
TITLES = frozenset("mr mr. mrs mrs. ms ms. mx mx. dr dr. prof prof. professor miss aunt auntie uncle grandma "
                   "grandpa granny grandad grandmother grandfather nana nan papa pop cousin coach pastor father "
                   "sister brother rabbi reverend rev. sir dame lady lord judge captain officer nurse principal dean chef "
                   "sergeant sgt. detective mayor senator madame mme monsieur señor señora sra. herr frau".split())
FAMILY = frozenset("aunt auntie uncle grandma grandpa granny grandad grandmother grandfather nana nan papa "
                   "cousin mom mum dad mother father sis bro".split())
WE_WORDS = re.compile(r"\b(?:we|us|our|ours|we're|we've|we'll|we'd)\b", re.I)
SIGN_JOINERS = re.compile(r"\s(?:and|&)\s|,", re.I)
OWNED = ("my ", "our ")  # "my team", "our neighbors": the writer's own people
THE_OR_OWNED = ("the ",) + OWNED
COLLECTIVE = frozenset("team class crew staff group band choir club department office committee family "
                       "cohort squad".split())
HOUSEHOLD = re.compile(r"^the\s+\S+s$|\bfamily$", re.I)  # "The Kims", "the Brennan family"


@dataclass(frozen=True)
class Giver:
    """Someone the note thanks (a person, a couple, a family): their name, what to call them, who they are.
    What the note needs to know of them is worked out once, when they are read."""

    name: str
    call: str = ""
    relationship: str = ""
    is_group: bool = field(init=False, compare=False)     # 'the Patels', 'Ben and Liz': several people
    head_count: int = field(init=False, compare=False)    # 'Ben and Liz' two, 'the Patels' more, 'May' one
    is_family: bool = field(init=False, compare=False)    # 'Aunt May', or a relationship of family
    has_title: bool = field(init=False, compare=False)    # 'Dr. Osei', 'Nurse Kelly'
    the_group: bool = field(init=False, compare=False)    # 'the Patels', 'my team': greeted without 'the'/'my'

    def __post_init__(self):
        low = self.name.lower()
        first = (self.call or self.name).split(" ", 1)[0].lower()
        joined = " and " in low or " & " in low  # names are read with single spaces
        if low.startswith(OWNED) and not self.call:
            group = low.split()[-1] in COLLECTIVE or (low.endswith("s") and not low.endswith("ss"))  # "my team"
        else:
            group = low.startswith("the ") or joined or low.endswith(" family")
        self.__dict__.update(  # frozen: set once, here, past the frozen __setattr__
            is_group=group,
            head_count=1 if not group else 2 if joined and "," not in self.name else 3,
            is_family=self.relationship in ("family", "partner") or first in FAMILY,
            has_title=first in TITLES and first not in FAMILY and first not in ("cousin", "coach"),
            the_group=not self.call and low.startswith(THE_OR_OWNED),
        )

    def greeting(self, formal: bool) -> str:
        """How the note greets them: their `call`, else the name (its first word among friends)."""
        if self.call:
            return self.call
        name = self.name
        if name.lower().startswith(THE_OR_OWNED):
            rest = name.split(" ", 1)[1]
            return rest[:1].upper() + rest[1:]  # "Dear Nguyen family", "Dear Neighbors", "Dear Team"
        parts = name.split()
        if formal or self.is_group or len(parts) < 2 or parts[0].lower().rstrip(".") in TITLES:
            return name
        if all(p[:1].isupper() for p in parts):
            return parts[0]  # "Tom Smith" -> "Tom" in a warm note
        return name

    def in_text(self, formal: bool) -> str:
        """How a question to the writer names them: 'the Nakamuras' keeps its 'the' ('your time with the
        Nakamuras'), and 'my team' is the writer's: 'your team'."""
        if self.the_group:
            first, rest = self.name.split(" ", 1)
            return ("the " if first.lower() == "the" else "your ") + rest
        return self.greeting(formal)

    def names(self) -> set[str]:
        """Every way the note may address them, for the coach's name check."""
        found = {self.name, self.call} | set(self.name.split()) | set(self.call.split())
        found.discard("the")
        return {n for n in found if n and n.lower() not in ("and", "&", "the", "family")}


@dataclass
class Facts:
    """A moment's facts, checked and normalised by read_moment."""

    kind: str
    tone: str
    givers: list[Giver] = field(default_factory=list)
    occasion: str = ""
    what: str = ""
    detail: str = ""
    use: str = ""
    memory: str = ""
    ahead: str = ""
    on: date | None = None
    today: date | None = None
    due: date | None = None
    late: bool = False
    money: bool = False
    role: str = ""
    company: str = ""
    topic: str = ""
    strength: str = ""
    extra: str = ""
    question: str = ""
    organization: str = ""
    amount: float = 0
    currency: str = "USD"
    goods_services: str = ""
    sign: str = ""
    key: str = ""  # a stable text of the moment, for choosing phrasing deterministically

    @property
    def email(self) -> bool:
        return kinds.is_email(self.kind)

    @property
    def formal(self) -> bool:
        return self.tone == "formal"

    @property
    def writer_plural(self) -> bool:
        """Write 'we' when the note is signed by two ('Sam and Alex') or a household ('The Kims', 'the
        Brennan family'), or what was done, its use or the plan say 'us' and 'our'. A memory's or a detail's
        'we' is as often the writer and the giver ('we spent that summer listening to records', 'every song is
        from our road trip'), and so is the 'we' of a note to a partner ('our trip'): "I" with their "our"
        reads well, "we" for one writer does not."""
        if self.kind == "donation":
            return True
        sign = self.sign or ""
        if SIGN_JOINERS.search(sign) or HOUSEHOLD.search(sign):
            return True
        if self.kind == "love" or (self.tone == "romantic" and len(self.givers) == 1 and not self.givers_plural):
            return False  # to a partner, "our trip" is theirs and the writer's
        return any(_says_we(v) for v in (self.what, self.use, self.ahead) if v)

    @property
    def givers_plural(self) -> bool:
        return len(self.givers) > 1 or any(g.is_group for g in self.givers)


@lru_cache(maxsize=1024)  # a batch repeats its facts ("make Sunday pancakes in it")
def _says_we(text: str) -> bool:
    return bool(WE_WORDS.search(text))


def read_moment(moment: dict, today: date | None = None) -> Facts:
    """Check and normalise a moment dict; `today` is used when the moment carries none. UsageError if malformed."""
    if not isinstance(moment, dict):
        raise UsageError("a moment must be a JSON object with at least a \"kind\"; see DESIGN §5 for the fields")
    if not moment.get("kind"):
        raise UsageError("the moment has no \"kind\"; use one of: " + ", ".join(kinds.kinds()))
    kind = kinds.normalise_kind(moment["kind"])
    text = {name: _text(moment, name) if name in moment else "" for name in TEXT_FIELDS}
    facts = Facts(kind=kind, tone=_tone(moment.get("tone"), kind), givers=_givers(moment.get("from")), **text)
    facts.occasion = kinds.normalise_occasion(text["occasion"]) or "" if kind == "gift" else text["occasion"]
    facts.currency = (text["currency"] or "USD").upper()
    facts.money = _flag(moment.get("money"), "money")
    facts.amount = _amount(moment.get("amount"))
    facts.on = _date(moment.get("on"), "on")
    facts.today = _date(moment.get("today"), "today") or today
    facts.due = kinds.due_date(kind, facts.occasion or None, facts.on)
    if facts.today and facts.on:
        due = _date(moment.get("due"), "due")
        facts.late = kinds.is_late(kind, facts.occasion or None, facts.on, facts.today, due=due)
    facts.key = _key(moment)
    return facts


def _text(moment: dict, name: str) -> str:
    value = moment.get(name)
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise UsageError(f"the moment's \"{name}\" must be text, not {type(value).__name__}")
    return " ".join(value.split()).rstrip(".;, ")


def _tone(value, kind: str) -> str:
    if value is not None and not isinstance(value, str):
        raise UsageError(f"the moment's \"tone\" must be text, not {type(value).__name__}")
    return kinds.fitting_tone(kind, value)


def _givers(value) -> list[Giver]:
    if value in (None, "", []):
        return []
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        raise UsageError("\"from\" must be a list of names or of {\"name\": ..., \"call\": ...} objects")
    givers = []
    for item in value:
        if isinstance(item, str):
            name, call, rel = item, "", ""
        elif isinstance(item, dict):
            name, call, rel = item.get("name") or "", item.get("call") or "", item.get("relationship") or ""
        else:
            raise UsageError("each giver in \"from\" must be a name or an object with a \"name\"")
        name, call = " ".join(str(name).split()), " ".join(str(call).split())
        if not name and not call:
            raise UsageError("a giver in \"from\" has no name; give each a \"name\"")
        givers.append(Giver(name or call, call, str(rel).lower()))
    return givers


def _flag(value, name: str) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return bool(value)


def _amount(value) -> float:
    if value in (None, ""):
        return 0
    try:
        amount = float(str(value).replace(",", "").lstrip("$€£"))
    except ValueError:
        raise UsageError(f"the donation \"amount\" {value!r} is not a number; write it like 300 or 1250.50") from None
    if amount < 0:
        raise UsageError("the donation \"amount\" cannot be negative")
    return amount


def _date(value, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"the moment's \"{name}\" {value!r} is not a date; write it as YYYY-MM-DD") from None


def _key(moment: dict) -> str:
    """The moment's facts as stable text: the same moment always gets the same phrasing."""
    parts = []
    for name in sorted(moment):
        if name in ("today", "sign"):
            continue  # composing next week must not reshuffle a draft
        parts.append(f"{name}={moment[name]!r}")
    return "|".join(parts)
