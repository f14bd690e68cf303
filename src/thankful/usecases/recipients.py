"""Finding who a name (and an email) means in the notebook, so an import matches people instead of adding
them twice: "Tom and Jane Smith" is "Tom & Jane Smith", and "Mr. and Mrs. Smith" the one Smith couple."""

from __future__ import annotations

from collections import defaultdict

from thankful.domain import households
from thankful.domain.model import Person


class Recipients:
    """Finds who a household is in the notebook: by email, then by the key of their name, then (a name with no
    first names, 'Mr. and Mrs. Smith') the one couple or family of that surname. Remembers those added."""

    def __init__(self, people: list[Person]):
        self.by_email: dict[str, Person] = {}
        self.by_key: dict[str, Person] = {}
        self.by_surname: dict[str, list[tuple[Person, households.Household]]] = defaultdict(list)
        for person in people:
            found = households.read(person.name)
            if found is not None:
                self.remember(person, found)

    def remember(self, person: Person, household: households.Household) -> None:
        if person.email:
            self.by_email.setdefault(person.email.casefold(), person)
        self.by_key.setdefault(household.key, person)
        if household.surname and household.is_household:
            self.by_surname[household.surname].append((person, household))

    def find(self, household: households.Household, email: str = "") -> Person | None:
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        if household.key in self.by_key:
            return self.by_key[household.key]
        if not household.is_household or not household.surname:
            return None
        same = self.by_surname.get(household.surname, [])
        full = {p.id or id(p): p for p, h in same if not h.by_surname}
        if household.by_surname:  # "Mr. and Mrs. Smith": the one Smith couple or family with first names
            return next(iter(full.values())) if len(full) == 1 else None
        # "Tom and Jane Smith" after "The Smith Family": the same household when no other Smiths have names
        named = {p.id or id(p): p for p, h in same if h.by_surname}
        return next(iter(named.values())) if len(named) == 1 and not full else None
