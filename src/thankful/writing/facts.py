"""A moment in the DESIGN §5 JSON shape, read and checked once: the facts compose and check work from."""

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from thankful.domain import data, kinds, validate
from thankful.domain.errors import UsageError

from . import lexicon
from .lazy import lazy_regex
from .money import money_gift_name
from .products import looks_like_title, read_title, with_colour
from .typed import (
    ABBREVIATED_TITLES,
    DETERMINERS,
    PERSON_WORDS,
    PREPOSITIONS,
    TITLE_WORDS,
    given_name_sex,
    is_given_name,
    kin,
    role_acronyms,
    tidy,
    tidy_org,
    tidy_person,
    word_list,
)

TEXT_FIELDS = ("occasion", "what", "detail", "use", "memory", "ahead", "role", "company", "topic", "strength",
               "extra", "question", "organization", "currency", "goods_services", "sign")
# Words in a greeting that are a title or a family name for someone ("Aunt May"): keep the whole greeting.
TITLES = word_list("titles")
FAMILY = frozenset("aunt auntie uncle grandma grandpa granny grandad grandmother grandfather nana nan papa gma gpa "
                   "grammy gramps "
                   "cousin mom mum dad mother father sis bro tía tia tío tio abuela abuelo abuelita abuelito "
                   "nonna nonno oma opa bubbe zayde lola lolo tita tito".split())
DONE_TO_US = lazy_regex(r"\b\w+(?:ing|ed)\s+us\b", re.I)  # "having us over", "put us up": the writer's household
# "Sam and Alex", "amy + josh", "Jess, Mike & baby Nora"; not "Simone Baptiste, RN" (a credential) or
# "Tara, volunteer coordinator" (what she is)
SIGN_JOINERS = lazy_regex(r"\s(?:(?i:and)|&|\+)\s|,(?!\s*(?:[A-Z]{2,}\b|Ph\.?\s?D|[A-Z][a-z]*[A-Z]\w*\b|Esq|[a-z]))")


def own_closing(sign: str) -> tuple[str, str]:
    """'xo, anjali' -> ('xo', ' anjali'): a closing typed before the name in the signature; ('', sign) if none."""
    closing, comma, name = sign.partition(",")
    if comma and closing.strip().lower() in word_list("sign_closings"):
        return closing.strip(), name
    return "", sign


def signed_by_several(sign: str) -> bool:
    """'Sam and Alex', 'Fiona, Raj & the kids': several sign; 'xo, Anjali' is one (her closing, then her name)."""
    return bool(SIGN_JOINERS.search(own_closing(sign)[1]))
OWNED = ("my ", "our ")  # "my team", "our neighbors": the writer's own people
THE_OR_OWNED = ("the ",) + OWNED
COLLECTIVE = frozenset("team class crew staff group band choir club department office committee family "
                       "cohort squad".split())
CAREGIVERS = lazy_regex(r"\b(?:nurses?|doctors?|dr\.?|nicu|icu|hospice|caregivers?|carers?|midwife|midwives|"
                        r"therapists?|paramedics?|staff)\b", re.I)
HOUSEHOLD = lazy_regex(r"^the\s+\S+s$|\bfamily$|\b(?:kids|children|parents|team|staff|crew|grandkids)$", re.I)  # "The Kims", "the Brennan family"


# "Coach Miller and his wife": a partner the person did not name, asked for.
# "jess and her bf mark": a partner named after the word for them is greeted by name ("Jess and Mark")
PARTNER_WORDS = r"wife|husband|partner|fianc[ée]e?|boyfriend|girlfriend|spouse"
NAMED_PARTNER = lazy_regex(rf"(\s+(?:and|&)\s+)(?:his|her|their)\s+(?:{PARTNER_WORDS}|bf|gf|hubby|wifey)\s+(?=\S+$)", re.I)
UNNAMED_KIN = lazy_regex(r"\s+(?:and|&|\+)\s+(?:his|her|their)\s+(gf|bf|mom|mum|dad|mother|father|parents|sister|"
                         r"brother|grandma|grandpa|son|daughter|roommate|roommates|friend|coworker)$", re.I)
UNNAMED_OTHER = lazy_regex(r"\s+(?:and|&|\+)\s+(?:another|some|a|an|the other|one other)\s+(guy|woman|man|lady|person|"
                           r"interviewer|manager|engineer|colleague|coworker|nurse|doctor)$", re.I)
THEIR_KIN = lazy_regex(rf"^(?:his|her|their)\s+(?:(?:teenage|teen|little|older|younger|oldest|youngest|big|new)\s+)?"
                       rf"({PARTNER_WORDS}|son|daughter|kids|children|boys|girls|mom|mum|dad|sister|brother|roommate)$", re.I)
PLACE_LABEL = lazy_regex(r"^(.*\S)\s+((?:in|from)\s+[a-z][a-z .'-]*)$")
UNNAMED_PARTNER = lazy_regex(rf"\s+(?:and|&)\s+(?:his|her|their)\s+({PARTNER_WORDS}|kids|children|family)$", re.I)
PARENTHESES = lazy_regex(r"\s*\(([^)]*)\)\s*")
PARTICLES = "|".join(word_list("surname_particles"))  # "van der" in "Mrs. van der Merwe"
NAME_WORD = lazy_regex(rf"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|and|&|{PARTICLES})$")
JOINED = lazy_regex(r"\s(?:and|&)\s", re.I)
GROUP_LEADS = ("the ", "my ", "our ", "everyone ", "all ")


NAMED_IN_WORDS = lazy_regex(r"^(.*?),?\s+(?:named|called|(?:(?:her|his|their)\s+)?(?:badge|name\s*tag)\s+said|"
                            r"(?:her|his|their)\s+name\s+(?:was|is))\s+([A-Za-z][\w'’-]*)\s*(.*)$")


NAME_SAID = lazy_regex(r" (?:named|called|said|was|is) ")


def read_name(typed: str) -> tuple[str, str, str]:
    """What a person typed for a giver, read as (name, label, unnamed partner): 'Owen (work)' -> ('Owen',
    'work', ''); 'Barb next door' -> ('Barb', 'next door', ''); 'my secret santa (turned out to be Dev from
    accounting)' -> ('Dev', 'from accounting', ''); 'Coach Miller and his wife' -> ('Coach Miller', '', 'wife').
    A group described in words ('the nurses on 5 West') is kept whole."""
    name = _sub(TITLE_WITHOUT_PERIOD, r"\1.", " ".join(typed.split()))  # "Mr and Mrs Smith" -> "Mr. and Mrs. Smith"
    name = TITLE_INITIAL.sub(lambda m: m.group(1) + m.group(2).upper(), name)  # "Mrs. k next door": Mrs. K
    name = TITLE_LOWER_NAME.sub(lambda m: m.group(1) + m.group(2).capitalize(), name)  # "Dr patel": Dr. Patel
    words = name.split()
    if len(words) == 2 and words[1].lower() in AFTER_NAME_TITLES and words[0].isalpha():
        return f"{words[0][:1].upper()}{words[0][1:]} {words[1].capitalize()}", "", ""  # "Sunita auntie": Sunita
        # Auntie, what she is called
    if _owned_group(name.lower()):
        return name, "", ""  # "Mr. Okonjo's 5th grade class": a group by whose it is, greeted as typed
    kin_named = KIN_THEN_NAMES.match(name)
    if kin_named and kin_named.group(2).lower() in PLURAL_KIN_WORDS:  # "cousins mel and tariq": Mel and Tariq, my
        # cousins (never "Cousin's Mel")
        return tidy_person(f"{kin_named.group(3)} and {kin_named.group(4)}"), kin_named.group(1).lower(), ""
    named = NAMED_IN_WORDS.match(name) if NAME_SAID.search(name) else None
    if named and any(w.lower() in PERSON_WORDS or w.lower() in _relationship_words() for w in named.group(1).split()) \
            and (named.group(2)[:1].isupper() or is_given_name(named.group(2).lower())):
        # "some guy named Rashid at the gas station": Rashid, the man at the gas station
        return tidy_person(named.group(2)), f"{named.group(1)} {named.group(3)}".strip(), ""
    titled_dash = TITLED_NAME_DASH.match(name) if " - " in name or " – " in name else None
    if titled_dash:  # "Ms. Halloran - front office": Ms. Halloran, of the front office
        return tidy_person(titled_dash.group(1)), titled_dash.group(2), ""
    if "," in name or " but " in name:
        name = _sub(NOT_KNOWING_WHO, "", name)  # "idk who sent it, the card just says the millers": the Millers;
        # "idk if he'll read it but my grandpa walt": Grandpa Walt
    name = _sub(GREAT_KIN, _great_kin, name)  # "great aunt
    # millie": Great-Aunt Millie, never "Great" and a name
    name = PLUS.sub(" & ", _sub(WITH_SLASH, r"\1with\2", name))  # "Meg + Dave" is two givers; "w/" is "with"
    name = TYPED_AND.sub(_and_between_names, name) if " n " in name else name  # "jake n lou"
    name = _sub(NAMED_PARTNER, r"\1", name)  # "jess and her bf mark" -> "jess and mark"
    name = _sub(IN_LAW, r"\1-in-law", name)  # "my sisters in law": my sisters-in-law
    if name.endswith(("lol", "lmao", "haha", "jk")):
        name = _sub(NAME_ASIDE, "", name)  # "zeke and his truck lol": the laugh is no one
    if " his " in name or " her " in name or " their " in name:
        name = _sub(THEIR_CHILDREN, r" and the \1", name)  # "wairimu and her boys": Wairimu and the boys
    owned = THEIR_THING.search(name) if " his " in name or " her " in name or " their " in name else None
    if owned and not _a_person_or_pet(owned.group(1).lower()):
        name = name[: owned.start()]  # "sefa and his truck": the truck is thanked in the note, never greeted
    if name.lower().removeprefix("my ").split(" ", 1)[0] in KIN_OWNERS_TYPED:
        name = _sub(KIN_OWNER_TYPED, r"\1's ", name)  # "moms best friend cece": Mom's best friend
    if " y " in name:
        name = _sub(SPANISH_AND, " & ", name)  # "tia carmen y tio beto": two givers
    if name.startswith("ppl "):
        name = _sub(PEOPLE_TYPED, "everyone ", name)  # "ppl from the dental office": everyone from it
    fond = FOND_NAME_FROM.match(name) if " from " in name else None
    if fond and is_given_name(fond.group(2).lower()):  # "big tony from the gym": Big Tony, from the gym
        return tidy_person(f"{fond.group(1)} {fond.group(2)}"), fond.group(3), ""
    from_where = ONE_FROM.match(name) if " from " in name else None
    if from_where and not lexicon.known(from_where.group(1).lower()) \
            and from_where.group(1).lower() not in PERSON_WORDS | kin():  # "oyelaran from HR": Oyelaran, from HR
        return tidy_person(from_where.group(1)), from_where.group(2), ""
    dashed = ROLE_DASH_NAME.match(name) if " - " in name or " – " in name else None
    if dashed and is_given_name(dashed.group(2).lower()):  # "hiring manager - keisha": Keisha, the hiring manager
        return tidy_person(dashed.group(2)), dashed.group(1), ""
    titled = TITLED_AT_END.match(name) if any(w.rstrip(".") in ABBREVIATED_TITLES for w in name.split()[2:]) else None
    if titled and not any(w in ("and", "&") or w.rstrip(".") in ABBREVIATED_TITLES for w in titled.group(1).split()):
        # "my old piano teacher ms verhoeven": Ms. Verhoeven, her teacher ("mr and mrs abernathy" is two)
        named, _, _ = read_name(titled.group(2))
        return named, titled.group(1).strip(), ""
    owner = OWNER_UNMARKED.match(name) if name.islower() and "s " in name else None
    if owner and is_given_name(owner.group(1).lower()):
        name = f"{owner.group(1)}'{name[owner.end(1):]}"  # "sams mom": Sam's mom
    partner = UNNAMED_KIN.search(name)
    if partner and name[: partner.start()].strip():  # "my buddy luis and his gf", "lucia & her mom": asked for
        named, label, _ = read_name(name[: partner.start()])
        word = partner.group(1).lower()
        return named, label, {"gf": "girlfriend", "bf": "boyfriend", "mum": "mom"}.get(word, word)
    placed = PLACE_LABEL.match(name)
    if placed and (ROLE_TYPED.match(placed.group(1)) or _role_words_then_name(placed.group(1)) or _kin_then_name(placed.group(1))
                   or SOMEONES_ROLE_NAME.match(placed.group(1))):  # "mom's friend deb in santa fe"  # "my pen pal ingrid in oslo": Ingrid, my pen pal in Oslo
        named, label, partner_word = read_name(placed.group(1))
        return named, f"{label} {placed.group(2)}".strip(), partner_word
    unforgotten = NAME_FORGOTTEN.sub("", name).strip(" ,") if "name" in name.lower() else name
    other = UNNAMED_OTHER.search(unforgotten) if " other " in name or " another " in name or " some " in name else None
    if other and unforgotten[: other.start()].strip():  # "kenji + another guy, didnt catch his name": Kenji, and
        named, label, _ = read_name(unforgotten[: other.start()])  # someone whose name is asked for
        return named, label, other.group(1).lower()
    forgot = NAME_FORGOTTEN.search(name) if "name" in name.lower() else None
    if forgot:  # "the other guy, forgot his name, manager": one person, unnamed, and what they were
        parts = [p.strip(" ()") for p in name.split(",") if p.strip(" ()") and not NAME_FORGOTTEN.fullmatch(p.strip())]
        who = NAME_FORGOTTEN.sub("", parts[0]).strip() if parts else "someone"
        return tidy(who, signs=False), ", ".join(parts[1:]) or forgot.group(0).strip(" ,()"), ""
    name = _sub(WHOLE_GROUP, r"\1 ", name)  # "the whole team at work" -> "the team": who the note is to
    name = _sub(AT_WORK, "", name)
    place = PLACE_GROUP.match(name)
    if place:  # "the whole 4th floor", "my dept": the people there, never "To the fourth floor," or "Dear Dept,"
        where = DEPT.sub("department", place.group(2))
        on = "on" if place.group(3).lower() in ("floor", "unit", "ward", "wing") else "in"
        return tidy(f"everyone {on} the {where}", signs=False), "", ""
    first, _, rest = name.partition(" ")
    if first in TITLE_WORDS and rest[:1].isupper():
        name = f"{first.capitalize()} {rest}"  # "chef Manny": a title before a name, Chef Manny
    if first.lower() in kin() and rest.isalpha() and rest.islower() and first.lower() not in ("my", "our"):
        kin_word = "-".join(part.capitalize() for part in first.split("-"))  # "great-aunt": Great-Aunt
        return f"{kin_word} {rest.capitalize()}", "", ""  # "aunt pip": Aunt Pip, never "Aunt" and a label
    if PLAIN_NAME.match(name):
        return name, "", ""  # "Aunt Rose", "Tom Smith", "Dr. Omar Haddad": nothing to read apart
    after_comma = NAME_AFTER_ROLE.match(name)
    if after_comma and not UNSURE.search(after_comma.group(2)):  # "my vet, dr. amara": Dr. Amara, my vet
        named, label, partner = read_name(after_comma.group(2))
        return named, f"{after_comma.group(1)} {label}".strip(), partner
    if after_comma:
        return tidy(after_comma.group(1), signs=False), after_comma.group(2), ""  # "the hiring manager, pat?"
    named, comma, what = name.partition(",")
    first_after = what.split()[0].lower().strip(",") if what.split() else ""
    listed = first_after not in DETERMINERS and is_given_name(first_after) and ("&" in what or " and " in what)
    if comma and what.strip() and PLAIN_NAME.match(tidy_person(named.strip())) and " and " not in named and not listed:
        return tidy_person(named.strip()), what.strip(), ""  # "ms. tran, jacksons teacher": Ms. Tran
    parts = JOINED.split(name)
    roles = [_role_of(p) for p in parts]
    if len(parts) > 1 and any(roles):  # "my brother Nate and his buddy Sean"
        bare = [role.group(2) if role else p for role, p in zip(roles, parts)]
        bare = [w.split()[0] if " " in w and is_given_name(w.split()[0].lower()) else w for w in bare]  # "lupe fa'alogo"
        if all(w[:1].isupper() or is_given_name(w.lower()) or (" " not in w and not lexicon.known(w.lower()))
               for w in bare):  # "ade", a name no list has, after "my college friend"
            return " and ".join(tidy_person(w) for w in bare), "", ""
    if roles[0] and len(parts) == 1 and (re.search(r"['’]", roles[0].group(1))
                                         or roles[0].group(1).split()[0].lower() in ("his", "her", "their")):
        return tidy_person(roles[0].group(2)), roles[0].group(1), ""  # "Will's boss Rhonda", "his wife sarah"
    if SOMEONES.match(name):  # "Rachel's parents": greeted as typed, never "Dear Rachel's,"
        whose, _, who = name.rpartition(" ")
        return f"{tidy(whose, signs=False)} {who.lower()}", "", ""
    label = ""
    inside = PARENTHESES.search(name)
    if inside and UNSURE.search(inside.group(1)):
        name, label = PARENTHESES.sub(" ", name).strip(), inside.group(1).strip()  # "(Frank?)": a guess, not a name
        inside = None
    if inside:
        outside = PARENTHESES.sub(" ", name).strip()
        bare = inside.group(1).strip()
        listed = NAME_LIST.match(bare) if "," in bare else None
        named = _leading_name(_after_cue(inside.group(1)))
        if named and named[0].isupper() and len(named[0]) <= 4:
            named = None  # "sarah (HR recruiter)": HR is her department, not her name
        named = named or (
            (bare.capitalize(), "") if bare.isalpha() and bare.islower() and is_given_name(bare)
            and not lexicon.known(bare) and not (is_given_name(outside.lower())  # "kim (hoa)": Kim
                                                 and outside.lower() not in word_list("endearments")) else None)
        if listed:  # "my college roomies (bri, tasha, kels)": Bri, Tasha and Kels, my college roomies
            names = [n.strip().capitalize() for n in re.split(r",\s*|\s+(?:and|&)\s+", bare) if n.strip()]
            return ", ".join(names[:-1]) + " and " + names[-1], outside, ""
        if named and not any(w[:1].isupper() for w in outside.split()[1:] + outside.split()[:1]
                             if w.lower() not in ("my", "our", "the")):
            name, label = named  # the parentheses hold the name: "(turned out to be Dev from accounting)"
        else:
            name, label = outside, inside.group(1).strip()
    typed_role = ROLE_TYPED.match(name)  # "my sister jen", "my MIL diane"
    if not (typed_role and typed_role.group(1).split()[-1].lower() in _relationship_words()):
        typed_role = _role_words_then_name(name)  # "lil sis ava", "ex coworker felix", "my roommate from college jo"
    if typed_role:
        return tidy_person(typed_role.group(2)), typed_role.group(1), ""  # "my sister jen": Jen, my sister
    name = tidy_person(name)
    partner = UNNAMED_PARTNER.search(name)
    if partner:
        name, partner_word = name[: partner.start()], partner.group(1).lower()
    else:
        partner_word = ""
    named = _leading_name(name)
    if named and named[1] and SECOND_GIVER.match(named[1]):
        name = f"{named[0]} {_second_giver(named[1])}"  # "nana & pop", "Steph & the twins": both are thanked
    elif named and named[1] and named[1].split()[-1].lower() in COLLECTIVE | {"rotary", "lions", "kiwanis"} \
            and named[1].split()[0].lower() not in PREPOSITIONS:  # not "Mrs. O'Brien from book club"
        name = tidy_org(name)  # "lakeview rotary club": one group's name, never "Lakeview" and a label
    elif named and named[1]:
        name, more = named
        label = f"{more} {label}".strip()
    elif named is None:
        role = ROLE_THEN_NAME.match(name)
        if role and role.group(1).lower().startswith("the ") and role.group(2) not in typed:
            role = None  # "the new guy": a description, unless the name was typed as one ("the new guy Dev")
        if role:  # "my boss Karen", "our neighbor Bill": the name, and who they are
            name, label = role.group(2), f"{role.group(1)} {label}".strip()
        else:
            name = tidy(name, signs=False)  # a group described in words: "the guys from dads bowling league"
            if name[:1].isupper() and _common_word(name.split()[0]) and name.lower() not in word_list("named_kin"):
                name = name[0].lower() + name[1:]  # "To coworkers at Hart & Lowe,"
    return name, label, partner_word


ROLE_MODIFIERS = frozenset("ex ex- old former work best lil little big baby older younger dear".split())


def _kin_then_name(name: str) -> bool:
    """'cousin Ty', 'uncle bob': a kin word and one name (before where they are: 'cousin Ty in japan')."""
    kin_word, _, rest = name.partition(" ")
    return kin_word.lower() in kin() and bool(rest) and " " not in rest and rest.replace("-", "").isalpha()


def _role_words_then_name(name: str) -> re.Match | None:
    """'ex coworker felix', 'godmother pilar', 'work wife shreya': what they are, in lower case, then a given name;
    read like ROLE_TYPED (group 1 the role, group 2 the name)."""
    words = name.split()
    if len(words) < 2 or not name.islower() or not is_given_name(words[-1]) or words[-1] in _relationship_words():
        return None
    roles = [w for w in words[:-1] if w not in ("my", "our")]
    at = next((i for i, w in enumerate(roles) if w in ("from", "at", "in")), None)
    if at is not None:
        roles = roles[:at] + roles[at + 2:]  # "my roommate from college jo": a roommate, from college
    if not roles or all(w in kin() or w in TITLE_WORDS for w in roles):
        return None  # "aunt deb", "grandma bea", "coach dave": a title and a name, greeted together
    if " ".join(w for w in roles if w not in ROLE_MODIFIERS) in _relationship_words():
        return re.match(r"^(.*\S)\s+(\S+)$", name)  # "pen pal ingrid": a relationship of two words
    if not any(w in _relationship_words() for w in roles) or \
            not all(w in _relationship_words() or w in ROLE_MODIFIERS for w in roles):
        return None
    return re.match(r"^(.*\S)\s+(\S+)$", name)


def _and_between_names(m: re.Match) -> str:
    names = all(is_given_name(w.lower()) for w in m.groups())
    return f"{m.group(1)} & {m.group(2)}" if names else m.group(0)  # "rock n roll" names no one


def _sub(pattern, template: str, text: str) -> str:
    """pattern.sub(template, text); re reads a template with group references ("\\1.") on every call, matched
    or not (~1.5 µs), and most names match nothing: searched first."""
    return pattern.sub(template, text) if pattern.search(text) else text


IN_LAW = lazy_regex(r"\b((?:mother|father|sister|brother|son|daughter)s?) in law\b", re.I)
WHO_IS_THEN = lazy_regex(r"^([A-Za-z][\w'-]+ (?:is|was) (?:my|our|a|an) [^,]{3,40}?)(?:,|\s+and)\s*((?:he|she|they)\s+"
                         r"(?:(?:even|also|just|really)\s+)?(?:[a-z]+ed|ate|got|swallowed|broke|ran|fell|had|made|drew|"
                         r"sent|brought|took|kept|hates|loves|is|was|still)\b.*)$", re.I)
WHO_IS = lazy_regex(r"^([A-Za-z][\w'-]+) (?:is|was) ((?:my|our|a|an)(?: (?!(?:for|since|of|in|at|from|with|who|that)\b)[\w-]+)"
                    r"{1,4})(?: for (?:\d+|a few|many|\w+) (?:years|yrs|months))?(?:,\s*([^,]*))?$", re.I)  # "pepper was
# our cat for 16 yrs": our cat Pepper
TOLD_MORE = lazy_regex(r"^(?:he|she|they|it)\b", re.I)
NAMED_BEFORE = r"\b(?:(my|our|his|her|their)\s+(?:[\w-]+\s+)?)?"  # "our cat Pickles": who he was said before
PLUS = lazy_regex(r"\s*\+\s*")
PLACE_GROUP = lazy_regex(r"^(the|my|our)\s+((?:[\w-]+\s+)?(floor|office|department|dept|unit|ward|wing|building|branch))$",
                         re.I)
DEPT = lazy_regex(r"\bdept\b", re.I)
WHOLE_GROUP = lazy_regex(r"^(the|my|our)\s+(?:whole|entire)\s+", re.I)
AT_WORK = lazy_regex(r"(?<=\w)\s+at work$", re.I)  # "my team at work": the team
TYPED_AND = lazy_regex(r"\b([A-Za-z]+) n ([A-Za-z]+)\b")  # "jake n lou": "and", as texted between two names
ROLE_TYPED = lazy_regex(r"^((?:my|our)\s+(?:[a-z-]+|[A-Z]{2,4})(?:\s+[a-z-]+)?)\s+([a-z][\w'’-]*)$")  # "my sister jen"
SOMEONES = lazy_regex(r"^(?:(?:my|our)\s+)?[\w-]+['’]s\s+[a-z][\w-]*$", re.I)  # "Sam's mom", "my sister's in-laws"
SECOND_GIVER = lazy_regex(r"^(?:&|and)\s+\S")  # what follows a name is a second giver, never a label


def _second_giver(joined: str) -> str:
    """'& pop' -> '& Pop': one lower-case word after '&' names someone; '& the twins' stays as typed."""
    joiner, rest = joined.split(None, 1)
    if " " not in rest and rest.islower() and rest not in DETERMINERS_AND_PRONOUNS:
        rest = rest.capitalize()
    return f"{joiner} {rest}"


DETERMINERS_AND_PRONOUNS = frozenset("the my our his her their your family kids everyone all".split())
WITH_SLASH = lazy_regex(r"(^|\s)w/(\s)", re.I)
# A name the person is not sure of: "(Frank?)", "(i think its greg)". Never greeted: asked.
# "my vet, dr. amara", "the hiring manager, pat?": who they are, then their name
NAME_AFTER_ROLE = lazy_regex(r"^((?:my|our|the)\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]*?),\s*([^,]+)$")  # "my AA sponsor, Vince"
# "his buddy Sean", "Will's boss Rhonda": one person named after what they are to someone
ROLE_OF = lazy_regex(r"^((?:my|our|his|her|their|[A-Za-z]+['’]s)\s+(?:[a-z-]+(?:['’]s)?\s+){0,2}"
                     r"(?!(?:at|from|in|on|of|with|for)\b)[a-z-]+)\s+([A-Za-z][\w'’-]*)$")  # not "my team at hollis"
SOMEONES_ROLE_NAME = lazy_regex(r"^[a-z]+['’]s\s+[a-z]+\s+[a-z]+$")  # "mom's friend deb"
NAME_LIST = lazy_regex(r"^[A-Za-z][a-z'’-]+(?:,\s*[A-Za-z][a-z'’-]+)+(?:,?\s+(?:and|&)\s+[A-Za-z][a-z'’-]+)?$")
ROLE_THEN_FULL_NAME = lazy_regex(r"^((?:my|our)\s+[a-z-]+)\s+([a-z][\w'’-]*\s+[a-z][\w'’-]*)$")


def _role_of(part: str) -> re.Match | None:
    """'my brother Nate', "my cousin lupe fa'alogo" (a full name after who she is, not 'my cousin lupe')."""
    role = ROLE_OF.match(part)
    if role and role.group(1).split()[-1].lower() not in _relationship_words():
        full = ROLE_THEN_FULL_NAME.match(part)
        if full and full.group(1).split()[-1].lower() in _relationship_words():
            return full
    return role


# "idk who sent it, the card just says ...": the writer not knowing, then what the card said: who it was from.
NOT_KNOWING_WHO = lazy_regex(r"^(?:idk|i don'?t know|not sure|no idea|dunno)\b[^,]*?(?:,\s*|\s+but\s+)(?:(?:but|the)\s+(?:card|tag|note|"
                             r"label|box)\s+(?:just\s+|only\s+)?(?:says|said|reads|read)\s+(?:it'?s\s+from\s+|from\s+)?)?",
                             re.I)
UNSURE = lazy_regex(r"\?|\b(?:i think|i thought|maybe|probably|not sure|i guess|might be|could be|possibly)\b", re.I)
TITLE_WITHOUT_PERIOD = lazy_regex(r"\b(Mr|Mrs|Ms|Mx|Dr|Prof)\b(?!\.)")
ROLE_THEN_NAME = lazy_regex(r"^((?:my|our|the)\s+(?!(?:at|from|in|on|of|with)\b)[a-z][a-z-]*"
                            r"(?:\s+(?!(?:at|from|in|on|of|with)\b)[a-z][a-z-]*)?)\s+"
                            r"([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)?)$")


# Capitalised words only (and the joiners of a couple): a name with no label, no parentheses, no partner.
PLAIN_NAME = lazy_regex(rf"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|\d+)(?:,?\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|\d+|and|&|(?:{PARTICLES})(?=\s)))*$")


def _after_cue(text: str) -> str:
    """'turned out to be Dev from accounting' -> 'Dev from accounting'."""
    m = re.search(r"\b(?:to be|it was|it's|is|was|aka|a\.k\.a\.)\s+(.*)$", text, re.I)
    return tidy_person(m.group(1)) if m else text  # "turned out to be priya from accounting": Priya


OWNED_GROUP = lazy_regex(r"^.+['’]s\s+(?:[\w-]+\s+){0,3}(?:class|team|group|crew|troop|club|students|staff|office|"
                         r"department|choir|band|squad|unit|lab|homeroom)$|"
                         r"^(?:mr|mrs|ms|mx|dr|coach|prof|professor|miss)\.?\s+[\w-]+['’]s\s+\S.*$")  # "Ms. Tran's 3rd
# period AP Chem": her class, by whose it is


def _owned_group(low: str) -> bool:
    """'mr. okonjo's 5th grade class', "ms. tran's 3rd period ap chem": a group by whose it is ("sam's mom" is one
    person, unnamed)."""
    return "'s " in low and bool(OWNED_GROUP.match(low)) and not SOMEONES_KIN.match(low)


@lru_cache(maxsize=4096)  # read_name and the Giver it makes both ask
def _leading_name(text: str) -> tuple[str, str] | None:
    """The name a text opens with and what follows it: 'Barb next door' -> ('Barb', 'next door'),
    'the Johanssons across the street' -> ('the Johanssons', 'across the street'); None when the text opens
    with words, not a name ('everyone on the night shift', 'my team at Fenwick')."""
    words = text.split()
    start = 1 if words and words[0].lower() == "the" else 0
    end = start
    while end < len(words) and NAME_WORD.match(words[end]):
        end += 1
    if end < len(words) and words[end].lower() in ("family", "household", "clan") and end > start:
        end += 1  # "the Nguyen family"
    elif end < len(words) and start and (_common_word(words[end]) or words[end].lower() in COLLECTIVE):
        return None  # "the NICU nurses at St. Luke's", "the ICU staff": a group named in words, not "the NICU"
    while end > start and words[end - 1].lower() in ("and", "&", "de", "da", "van", "von", "del", "la", "le"):
        end -= 1
    if end == start or not words[start][:1].isupper() or _common_word(words[start]):
        return None
    if start and end < len(words) and words[start] in _day_names():
        return None  # "the Wednesday book club ladies": a group named in words, never "Dear Wednesday,"
    if end == start + 1 and end < len(words) and _compound_head(words[start], words[end]):
        return None  # "Night shift crew, 4 West": a group named in words, never "Hi Night,"
    return " ".join(words[:end]), " ".join(words[end:])


@cache
def _day_names() -> frozenset[str]:
    return frozenset(data.toml("words/typing.toml")["day_short"].values())


def _compound_head(word: str, nxt: str) -> bool:
    low, after = word.lower(), nxt.lower().strip(",")
    return ("NOUN" in lexicon.parts(low) and not is_given_name(low) and not lexicon.proper(low)
            and nxt[:1].islower() and "NOUN" in lexicon.parts(after))


def _common_word(word: str) -> bool:
    """'Coworkers at Hart & Lowe': a capitalised common noun, not a name (a given name never counts)."""
    low = word.lower()
    return low.endswith("s") and "NOUN" in lexicon.parts(low) and not is_given_name(low) and not lexicon.proper(low)


@dataclass(frozen=True)
class Giver:
    """Someone the note thanks (a person, a couple, a family, a group): their name, what to call them, who
    they are. What the note needs to know of them is worked out once, when they are read."""

    name: str
    call: str = ""
    relationship: str = ""
    label: str = ""            # "work" in "Owen (work)", "next door" in "Barb next door": never greeted
    partner: str = ""          # "wife" in "Coach Miller and his wife": a name to ask for
    is_group: bool = field(init=False, compare=False)     # 'the Patels', 'Ben and Liz': several people
    head_count: int = field(init=False, compare=False)    # 'Ben and Liz' two, 'the Patels' more, 'May' one
    is_family: bool = field(init=False, compare=False)    # 'Aunt May', or a relationship of family
    has_title: bool = field(init=False, compare=False)    # 'Dr. Osei', 'Nurse Kelly'
    the_group: bool = field(init=False, compare=False)    # 'the Patels', 'my team': greeted without 'the'/'my'
    described: bool = field(init=False, compare=False)    # 'the nurses on 5 West': a group named in words
    unnamed: bool = field(init=False, compare=False)      # 'the guy across the street': one person, no name

    def __post_init__(self):
        low = self.name.lower()
        first = (self.call or self.name).split(" ", 1)[0].lower()
        joined = bool(JOINED.search(low))  # names are read with single spaces
        someones_kin = not self.call and "'s " in low and bool(SOMEONES_KIN.match(low))  # "sam's mom": not named
        owned_group = not self.call and _owned_group(low)  # "Mr. Okonjo's 5th grade class"
        described = someones_kin or owned_group or (not self.call and not PLAIN_NAME.match(self.name)
                                     and _leading_name(self.name) is None and _described(low)) \
            or (not self.call and _role_without_name(low))  # "my boss": greeted without a name, asked for
        if low.startswith(OWNED) and not self.call:
            group = low.split()[-1] in COLLECTIVE or (low.endswith("s") and not low.endswith("ss"))  # "my team"
        elif someones_kin:
            group = joined or low.endswith("s")  # "Sam's mom" is one person; "Rafael's parents" two
        elif owned_group:
            group = True
        elif described:
            group = _plural_words(low) or joined or _collective_head(low)  # "the nurses on 5 West", "the book club";
            # not "the crossing guard on Elm St."
        else:
            group = low.startswith(("the ", "everyone", "all ")) or joined or low.endswith(" family")
        group = group or bool(self.partner)
        self.__dict__.update(  # frozen: set once, here, past the frozen __setattr__
            is_group=group,
            head_count=1 if not group else 2 if (joined or self.partner) and "," not in self.name and not described
            else 3,
            is_family=self.relationship in ("family", "partner") or first.split("-")[-1] in FAMILY,
            has_title=first in TITLES and first not in FAMILY and first not in ("cousin", "coach"),
            the_group=not self.call and low.startswith(THE_OR_OWNED),
            described=described,
            unnamed=described and (someones_kin or not group and _person_word(low) or _role_without_name(low)),
        )

    def greeting(self, formal: bool) -> str:
        """How the note greets them: their `call`; else, formally, a title and surname ('Ms. Ruiz', 'Dr. Cho',
        'Mr. and Mrs. Sato') and among friends first names ('Tom and Jane'); a family by its name
        ('Okafor family'), a group by its description ('the nurses on 5 West')."""
        known = self.__dict__.get("_greetings")
        if known is None:
            known = self.__dict__["_greetings"] = {}
        if formal not in known:
            known[formal] = self._greeting(formal)
        return known[formal]

    def _greeting(self, formal: bool) -> str:
        if self.call:
            return self.call.replace(" & ", " and ")  # "Karen & Phil" is greeted "Dear Karen and Phil,"
        name = self.name
        low = name.lower()
        if HOUSEHOLD_NAME.match(name):
            return _family_name(name.split()[-1]) + " family"  # "the Okafors" -> "Okafor family"
        if ORGANIZATION_NAME.search(name):
            return name.removeprefix("the ").removeprefix("The ")  # "Dear Lakeview Dental Group,", never "Dear Lakeview,"
        if self.described:
            if name.startswith("The "):
                return "the " + name[4:]  # "To the nurses on 5 West,"
            words = name.split(" ", 2)
            if len(words) > 1 and _compound_head(words[0], words[1]):
                return "the " + name[0].lower() + name[1:]  # "To the night shift crew, 4 West,"
            if words[0].islower() and lexicon.lemma(words[0], "NOUN") not in (None, words[0]):
                return "the " + name  # "kids at Maple St. school": "To the kids at ..."
            return name
        if low.startswith(GROUP_LEADS) and self.the_group:
            rest = name.split(" ", 1)[1] if " " in name else name
            rest = rest.split(" ", 1)[1] if rest.lower().startswith(("on ", "at ", "of ")) else rest
            return rest[:1].upper() + rest[1:]  # "Dear Nguyen family", "Dear Neighbors", "Dear Team"
        if JOINED.search(name):
            return _couple(name, formal)
        return _one_person(name, formal)

    def needs_title(self, formal: bool) -> bool:
        """A formal note to someone whose title cannot be told from their name ('Jordan Lee')."""
        if not formal or self.call or self.is_group or self.described:
            return False
        parts = self.name.split()
        return len(parts) >= 2 and parts[0].lower() not in TITLES and not _title_for(parts[0])

    def in_text(self, formal: bool) -> str:
        """How a question to the writer names them: 'the Nakamuras' keeps its 'the' ('your time with the
        Nakamuras'), and 'my team' is the writer's: 'your team'."""
        if self.the_group:
            first, rest = self.name.split(" ", 1)
            return ("the " if first.lower() == "the" else "your ") + rest
        return self.greeting(formal)

    def names(self) -> set[str]:
        """Every way the note may address them, for the coach's name check."""
        known = self.__dict__.get("_names")
        if known is None:
            known = self.__dict__["_names"] = frozenset(self._names())
        return set(known)

    def _names(self) -> set[str]:
        found = {self.name, self.call, self.greeting(True), self.greeting(False)}
        found |= set(self.name.split()) | set(self.call.split())
        found |= set(self.greeting(True).split()) | set(self.greeting(False).split())
        return {n for n in found if n and n.lower() not in ("and", "&", "the", "family", "mr.", "ms.", "mrs.",
                                                            "dr.", "dear", "on", "at", "of")}


HOUSEHOLD_NAME = lazy_regex(r"^[Tt]he\s+[A-ZÀ-ÖØ-Þ][\w'’-]*s$")  # "the Okafors", "The Johnsons"


@cache
def _is_email(kind: str) -> bool:
    return kinds.is_email(kind)


@cache
def _implied_relationship(kind: str) -> str:
    return kinds.implied_relationship(kind)


def _described(low: str) -> bool:
    """'the nurses on 5 West', 'everyone on the night shift': more than 'the neighbors' or 'my team'."""
    words = low.split()
    if words and words[0] in ("everyone", "everybody", "all"):
        return True
    if words and words[0] in ("my", "our") and " ".join(words[1:]) in RELATIONS:
        return True  # "my husband", "my coworkers": greeted "To my husband,", never "Dear Husband,"
    if words and words[0] in ("the", "my", "our"):
        words = words[1:]
    return len(words) > 1


# What someone is to the writer, typed instead of a name: greeted as typed ("To my husband,").
RELATIONS = frozenset(["husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee",
                       "fiancée", "sister", "brother", "sisters", "brothers", "son", "daughter", "kids", "in-laws",
                       "parents", "grandparents", "cousin", "cousins", "roommate", "roommates", "coworkers",
                       "co-workers", "colleagues", "best friend", "friends", "bestie", "husband and kids"])


NAME_FORGOTTEN = lazy_regex(r",?\s*\(?(?:i\s+)?(?:forgot|forget|don'?t know|didn'?t catch|never got)\s+(?:his|her|their|the)\s+"
                            r"name\)?,?", re.I)
THEIR_CHILDREN = lazy_regex(r"\s+(?:and|&|\+)\s+(?:his|her|their)\s+(boys|girls|twins|crew|gang)$", re.I)
THEIR_THING = lazy_regex(r"\s+(?:and|&|\+|w/|with)\s+(?:his|her|their)\s+([a-z]+)$", re.I)
FOND_NAME_FROM = lazy_regex(r"^(big|little|lil|old|young)\s+([A-Za-z][a-z'’-]+)\s+(from\s+\S.*)$", re.I)
ONE_FROM = lazy_regex(r"^([A-Za-zÀ-ÖØ-öø-ÿ'’-]{3,})\s+(from\s+\S.*)$")


def _a_person_or_pet(word: str) -> bool:
    """'wife', 'kids', 'dog': someone who may be greeted; 'truck', 'tools': a thing."""
    return word in _relationship_words() or word in kin() or word in word_list("pets") \
        or word in word_list("pet_kinds") or word.rstrip("s") in kin() or bool(re.fullmatch(PARTNER_WORDS, word)) \
        or word in PERSON_WORDS or word in ("bf", "gf", "hubby", "wifey", "crew", "team", "family", "friends",
                                            "friend", "kids", "children", "boys", "girls", "roommates", "roommate")


NAME_ASIDE = lazy_regex(r"\s+(?:lol|lmao|haha|hahaha|jk)$", re.I)
KIN_THEN_NAMES = lazy_regex(r"^((?:my\s+)?([a-z-]+))\s+([A-Za-z][\w'’-]+)\s+(?:and|&)\s+([A-Za-z][\w'’-]+)$", re.I)
TITLED_NAME_DASH = lazy_regex(r"^((?:mr|mrs|ms|mx|dr|prof|coach|pastor|nurse)\.?\s+[A-Za-z][\w'’-]+)\s+[-–—]\s+(.+)$", re.I)
ROLE_DASH_NAME = lazy_regex(r"^((?:my\s+|the\s+)?[a-z][a-z ]{2,40}?)\s+[-–—]\s+([A-Za-z][\w'’-]+)$")
KIN_OWNERS_TYPED = frozenset("moms dads mums sisters brothers roommates friends boyfriends girlfriends neighbors".split())
KIN_OWNER_TYPED = lazy_regex(r"^(?:my\s+)?(mom|dad|mum|sister|brother|roommate|friend|boyfriend|girlfriend|neighbor)s\s+"
                             r"(?=(?:[a-z]+\s+){0,2}(?:friend|buddy|pal|boss|coworker|colleague|neighbor|parents|mom|dad|mum)\b)",
                             re.I)  # "moms best friend cece", "Dads old army buddy Sal"
SPANISH_AND = lazy_regex(r"\s+y\s+(?=(?:tia|tio|abuela|abuelo|mi|la|el)\b)")
PEOPLE_TYPED = lazy_regex(r"^ppl\s+")
TITLED_AT_END = lazy_regex(r"^((?:my\s+|our\s+)?(?:[a-z-]+\s+){1,3})((?:mr|mrs|ms|dr|prof)\.?\s+[a-z][\w'-]+)$")
# Who someone may be to another, when only that is typed: "sam's mom", "my friend's dad", "sams mom".
RELATIVE_WORDS = ("mom|mum|dad|mother|father|parents|grandma|grandpa|sister|brother|aunt|uncle|wife|husband|nanny|"
                  "babysitter|teacher|coach|neighbor|neighbour|boss")
OWNER_UNMARKED = lazy_regex(rf"^([a-z]+)s\s+(?:{RELATIVE_WORDS})$")  # "sams mom": Sam's mom, the apostrophe not typed
SOMEONES_KIN = lazy_regex(rf"^(?:my\s+|our\s+)?[a-z][a-z-]*['’]s\s+(?:{RELATIVE_WORDS})$")  # their own name not typed


def _collective_head(low: str) -> bool:
    """'the book club', 'the knitting circle': the words before a preposition end on a noun for several people."""
    head = re.split(r"\s(?:at|from|in|on|of|with|for)\s", low, maxsplit=1)[0].split()
    return bool(head) and head[-1] in COLLECTIVE | {"circle"}


def _role_without_name(low: str) -> bool:
    """'my boss', 'our landlord': who they are to the writer, not family, and no name to greet them by (asked for;
    'my sister' is greeted as typed)."""
    words = low.split()
    return len(words) == 2 and words[0] in ("my", "our") and words[1] in _relationship_words() \
        and words[1] not in kin() and words[1] not in RELATIONS and words[1] not in FAMILY \
        and words[1] not in COLLECTIVE and not (words[1].endswith("s") and not words[1].endswith("ss"))  # "my team": a group


def _person_word(low: str) -> bool:
    """'someone in accounting', 'the guy across the street': one person described, whose name is not known."""
    words = low.split()
    if words and words[0] in ("the", "a", "an", "that", "this", "my", "our"):
        words = words[1:]
    return bool(words) and (words[0] in PERSON_WORDS or len(words) > 1 and words[1] in PERSON_WORDS
                            and (words[0] == "other" or "ADJ" in lexicon.parts(words[0])))  # "the other guy", "the tall lady"


def _plural_words(low: str) -> bool:
    """'the NICU nurses at St. Luke's', 'the ICU staff', 'everyone on the 3rd floor': the words before the
    first preposition name several people."""
    words = low.split()
    if words and words[0] in ("the", "my", "our"):
        words = words[1:]
    for word in words[:3]:
        if word in PREPOSITIONS:
            break
        plural = word.endswith("s") and not word.endswith("ss") and lexicon.lemma(word, "NOUN") != word  # not "bus"
        if plural or word in ("everyone", "everybody", "all", "staff", "team", "crew", "people", "folks", "men", "women", "children"):
            return True
    return False



def _family_name(plural: str) -> str:
    """'Okafors' -> 'Okafor', 'Joneses' -> 'Jones', 'Nakamuras' -> 'Nakamura'; a name that ends in -s itself
    ('the Morales', 'the Torres', people type them so) is kept."""
    if plural.lower() in _names_in_s():
        return plural
    if plural.endswith(("ses", "xes", "zes", "ches", "shes")):
        return plural[:-2]
    return plural[:-1]


def _names_in_s() -> frozenset[str]:
    return word_list("family_names_in_s")


def _title_for(first_name: str) -> str:
    """'Mr.' or 'Ms.' when nearly everyone given the name is of one sex; '' otherwise (then it is asked)."""
    return {"male": "Mr.", "female": "Ms."}.get(given_name_sex(first_name), "")


def _one_person(name: str, formal: bool) -> str:
    parts = [p for p in name.replace(",", " ").split() if p.lower().rstrip(".") not in NAME_SUFFIXES] \
        if "," in name or "." in name else name.split()  # "Nathaniel Greer, Esq.": never "Mr. Esq."
    name = " ".join(parts)
    if len(parts) == 2 and parts[1].lower() in AFTER_NAME_TITLES:
        return name  # "Anjali Auntie": what she is called, title after the name
    if len(parts) < 2:
        return name
    head = parts[0].lower().rstrip(".")
    if head in ("st", "saint"):
        return name  # "St. Brigid's Knitting Circle": a group named for a saint, never "Dear St.,"
    if parts[0].lower() in TITLES or head in TITLES or head.split("-")[-1] in FAMILY:  # "Great-Aunt Ida"
        if len(parts) > 2 and head in ("sister", "brother", "father", "mother"):
            return f"{parts[0]} {parts[1]}"  # "Sister Agnes Moore": a religious is called by the religious name
        if len(parts) > 2 and head not in FAMILY:
            return f"{parts[0]} {_surname(parts)}"  # "Dr. Omar Haddad" -> "Dr. Haddad", in any tone
        return name
    if not all(p[:1].isupper() or p in word_list("surname_particles") for p in parts[:-1]) or not parts[-1][:1].isupper():
        return name
    if formal and len(parts[-1].rstrip(".")) == 1:
        return parts[0]  # "Mike D": his initial is no surname to greet him by ("Dear Mr. D" reads as a joke)
    if formal:
        title = _title_for(parts[0])
        return f"{title} {_surname(parts)}" if title else name
    if len(parts) == 2 and "ADJ" in lexicon.parts(head) and not is_given_name(head):
        return name  # "Big Dave" is his name as friends say it, never "Big"
    if " ".join(parts[:2]).lower() in word_list("compound_given_names"):
        return " ".join(parts[:2])  # "Lou Ann" is her name, never "Lou"
    return parts[0]  # "Tom Smith" -> "Tom" in a warm note


NAME_SUFFIXES = frozenset("esq jr sr ii iii iv phd md dds cpa rn".split())
AFTER_NAME_TITLES = frozenset("auntie aunty uncle ji sahib san".split())


def _surname(parts: list[str]) -> str:
    """The last name with the particles before it: 'Mrs. van der Merwe' -> 'van der Merwe'."""
    at = len(parts) - 1
    while at > 1 and parts[at - 1].lower() in word_list("surname_particles"):
        at -= 1
    return " ".join(parts[at:])


def _couple(name: str, formal: bool) -> str:
    return _couple_names(name, formal).replace(" & ", " and ")  # "Mr. & Mrs. Ito" -> "Mr. and Mrs. Ito"


def _couple_names(name: str, formal: bool) -> str:
    """'Ken and Ayumi Sato' -> 'Mr. and Mrs. Sato' (formal) or 'Ken and Ayumi'; 'Grandma and Grandpa Olsen' ->
    'Grandma and Grandpa' among family; 'Mr. and Mrs. Ito' as it is."""
    left, right = JOINED.split(name, 1)
    joiner = " and "  # a list's "Tom & Jane Smith" is greeted "Dear Tom and Jane,": never "&" in a greeting
    lparts, rparts = left.split(), right.split()
    if not lparts or not rparts:
        return name
    titled = lparts[0].lower() in TITLES or lparts[0].lower().rstrip(".") in TITLES
    if titled and len(lparts) == 1 and len(rparts) == 3 and rparts[0].lower().rstrip(".") in TITLES \
            and rparts[0].lower().rstrip(".") not in FAMILY:
        return f"{left}{joiner}{rparts[0]} {rparts[-1]}"  # "Dr. and Mrs. Vikram Raghunathan": Dr. and Mrs. Raghunathan
    if titled:
        if not formal and len(lparts) == 1 and len(rparts) == 2 and rparts[0].lower() in FAMILY:
            if not is_given_name(rparts[1]):
                return left + joiner + rparts[0]  # "Grandma and Grandpa Olsen" -> "Grandma and Grandpa"
            return left + joiner + right  # "Auntie and Uncle Joe": his name, not a surname
        return name
    if len(lparts) == 1 and len(rparts) == 2 and rparts[0].lower().rstrip(".") in TITLES:
        return name  # "Ambassador and Mrs. Kirkegaard": a title on each side, one surname
    if len(lparts) == 1 and len(rparts) == 2 and all(p[:1].isupper() for p in lparts + rparts):
        if formal:
            titles = {_title_for(lparts[0]), _title_for(rparts[0])}
            if titles == {"Mr.", "Ms."}:
                return f"Mr. and Mrs. {rparts[-1]}"
        return left + joiner + rparts[0]  # "Ken and Ayumi"
    if len(lparts) == 2 and len(rparts) == 2 and lparts[-1] == rparts[-1]:
        if formal:
            if {_title_for(lparts[0]), _title_for(rparts[0])} == {"Mr.", "Ms."}:
                return f"Mr. and Mrs. {rparts[-1]}"
            return name
        return lparts[0] + joiner + rparts[0]  # "Tom Smith and Jane Smith" -> "Tom and Jane"
    return name


@dataclass
class Facts:
    """A moment's facts, checked and normalised by read_moment."""

    kind: str
    tone: str
    givers: list[Giver] = field(default_factory=list)
    occasion: str = ""
    occasion_name: str = ""  # a holiday as typed ("Christmas"): the gift was "for Christmas"
    what: str = ""
    detail: str = ""
    use: str = ""
    memory: str = ""
    ahead: str = ""
    on: date | None = None
    today: date | None = None
    due: date | None = None
    late: bool = False
    apology: bool = False  # late enough for the draft to say sorry (domain.kinds.owes_apology)
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
        return _is_email(self.kind)

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
        if signed_by_several(sign) or HOUSEHOLD.search(sign) or self.occasion == "wedding":
            return True  # a wedding gift is the couple's, whoever signs: "our honeymoon fund"
        if self.kind == "love" or (self.tone == "romantic" and len(self.givers) == 1 and not self.givers_plural):
            return False  # to a partner, "our trip" is theirs and the writer's
        # One signer is "I", though the facts say "we" ("we got the couch up in an hour" is the giver and the
        # writer); only an act done to "us" ("putting us up", "having us over") makes the writer a household.
        return bool(self.what and DONE_TO_US.search(self.what))

    @property
    def relationship(self) -> str:
        """What the givers are to the writer, for the sign-off: as the notebook or the moment says, else read
        from the name ('Aunt May' is family, 'the nurses on 5 West' caregivers) or the kind (an interviewer)."""
        known = self.__dict__.get("_relationship")
        if known is None:
            known = self.__dict__["_relationship"] = self._relationship()
        return known

    def _relationship(self) -> str:
        given = [g.relationship for g in self.givers if g.relationship]
        if given:
            return catalogue_relationship(given[0])
        labelled = [catalogue_relationship(g.label) for g in self.givers if g.label]
        labelled += [catalogue_relationship(g.name.split()[-1]) for g in self.givers
                     if g.name.lower().startswith(OWNED)]  # "my in-laws", "my coworkers"
        labelled = [r for r in labelled if r != "other"]
        if labelled:
            return labelled[0]  # "Owen (work)", "my sister jen", "Barb next door"
        if any(g.is_family for g in self.givers):
            return "family"
        if any(CAREGIVERS.search(f"{g.name} {g.call}") for g in self.givers):
            return "caregiver"
        return _implied_relationship(self.kind)

    @property
    def givers_plural(self) -> bool:
        return len(self.givers) > 1 or any(g.is_group for g in self.givers)


@lru_cache(maxsize=256)
def catalogue_relationship(typed: str) -> str:
    """'college roommate' -> 'friend', 'teacher' -> 'other', 'grandpa' -> 'family' (data/words/relationships.toml);
    one the catalogue knows as it is; anything else 'other' (no intimate sign-off to someone not known as close)."""
    low = " ".join(typed.lower().split())
    if low in kinds.catalogue().get("relationships", ()):
        return low
    known = _relationship_words()
    return known.get(low) or known.get(low.rsplit(" ", 1)[-1]) or "other"


@cache
def _relationship_words() -> dict[str, str]:
    table = data.toml("words/relationships.toml").get("relationships", {})
    return {word: relation for relation, words in table.items() for word in words}


LIST_GOES_ON = lazy_regex(r"^(?:and|&|\+)\s+(?=\S)", re.I)
# Who several people are to the writer ("my in laws", "cousins mel and tariq"): typing.toml's plural kin words
# and a few more words for a group of people.
PLURAL_KIN_WORDS = frozenset(word_list("plural_kin")) | {"laws", "friends", "aunts", "aunties", "uncles", "sisters",
                                                          "brothers", "roommates"}


def _great_kin(m: re.Match) -> str:
    """'great aunt' -> 'great-aunt', 'Great Aunt' -> 'Great-Aunt': one word for who she is, as typed."""
    word = f"{m.group(1)}-{m.group(2)}"
    return "-".join(p.capitalize() for p in word.split("-")) if m.group(1)[:1].isupper() else word.lower()


TITLE_LOWER_NAME = lazy_regex(r"^((?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.\s+(?:and|&)\s+)?(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.\s+)"
                              r"([a-z][a-z'’-]+)$")
TITLE_INITIAL = lazy_regex(r"\b((?:Mr|Mrs|Ms|Mx|Dr)\.\s+)([a-z])\b(?!['’])")
GREAT_KIN = lazy_regex(r"\b(great|grand)[\s-]+(aunt|uncle|grandma|grandpa|grandmother|grandfather|nana)\b", re.I)
DONATED_FOR = lazy_regex(r"^(?:for|toward|towards)\s+(?=\S)", re.I)


ESPECIALLY_ONE = lazy_regex(r"^especially\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),?\s+(?:she|he|they)\s+", re.I)
ARTICLE = lazy_regex(r"^(?:a|an|the)\s+", re.I)
STUFF = lazy_regex(r"\b(\w+) stuff\b")
MENTION_IT = lazy_regex(r",?\s+(?:and\s+)?(?:mention|bring up|talk about|highlight|say)\s+(?=(?:the|my)\b)")
AND_NOW_I = lazy_regex(r"^(.*?),?\s+and\s+(now\s+)?((?:I|I'm|I've|we|we're|we've|he|she|they|he's|she's|they're|"
                       r"my\s+\w+|our\s+\w+)\s.*)$")


def _what_a_donation_does(what: str) -> str:
    """'sponsoring a student's violin rental' -> "sponsors a student's violin rental"; '' for anything else."""
    verb, _, rest = what.partition(" ")
    base = lexicon.lemma(verb.lower()) if verb.lower().endswith("ing") else None
    if not rest or base not in DONATION_VERBS:
        return ""
    return f"{lexicon.verb_forms(base)['VBZ']} {rest}"


DONATION_VERBS = frozenset(data.toml("words/grammar.toml")["donation_verbs"].split())


def read_moment(moment: dict, today: date | None = None) -> Facts:
    """Check and normalise a moment dict; `today` is used when the moment carries none. UsageError if malformed."""
    if not isinstance(moment, dict):
        raise UsageError("a moment must be a JSON object with at least a \"kind\"; see DESIGN §5 for the fields")
    if not moment.get("kind"):
        raise UsageError("the moment has no \"kind\"; use one of: " + ", ".join(kinds.kinds()))
    kind = kinds.normalise_kind(moment["kind"])
    text = {name: _text(moment, name) if name in moment else "" for name in TEXT_FIELDS}
    givers = _givers(moment.get("from"))
    _read_as_typed(text, givers)
    if text["detail"][:11].lower() == "especially ":
        text["detail"] = ESPECIALLY_ONE.sub(r"\1 ", text["detail"])  # "esp Rosalind, she braided moms hair":
        # Rosalind braided Mom's hair (never "We especially appreciate especially Rosalind.")
    if kind == "interview":
        for name in ("topic", "strength"):
            text[name] = STUFF.sub(r"\1 work", text[name])  # "accessibility stuff": accessibility work, in a letter
        text["strength"] = MENTION_IT.sub(" and ", text["strength"])  # "sql, mention the medicaid claims project"
    outcome = AND_NOW_I.match(text["what"]) if kind != "gift" and not text["use"] and " and " in text["what"] else None
    if outcome and len(outcome.group(1).split()) > 2 and (outcome.group(2) or kind == "gratitude"
                                                          and outcome.group(3).startswith("I")):  # "she taught me spanish in 8th grade and now im a court
        # interpreter": what she did, and what it changed (never "Thank you for teaching me ... and now I'm ...")
        text["what"], text["use"] = outcome.group(1), outcome.group(3) + (" now" if outcome.group(2) else "")
    if kind == "donation" and not text["use"] and DONATED_FOR.match(text["what"]):
        text["use"] = DONATED_FOR.sub("", text["what"])  # "for the new court lights": what the gift does
    elif kind == "donation" and not text["use"]:
        text["use"] = _what_a_donation_does(text["what"])  # "sponsoring the oak st build": it sponsors the build
    if text.get("sign") and text["sign"].lower() == text.get("organization", "").lower():
        text["sign"] = text["organization"]  # "Maple grove library friends" signs as the organization is spelled
    elif text.get("sign") and text.get("organization"):
        text["sign"] = _org_in_sign(text["sign"], text["organization"])  # "the harbor light board"
    facts = Facts(kind=kind, tone=_tone(moment.get("tone"), kind), givers=givers, **text)
    if kind == "gift" and not text["occasion"] and text["what"]:
        named = OCCASION_IN_WHAT.search(text["what"])  # "venmo'd me $40 for my birthday"
        if named:
            text["occasion"] = (named.group(1) or named.group(2)).lower()
    facts.occasion = kinds.normalise_occasion(text["occasion"]) or "" if kind == "gift" else text["occasion"]
    if facts.occasion == "holiday" and text["occasion"].lower() in HOLIDAY_NAMES:
        facts.occasion_name = HOLIDAY_NAMES[text["occasion"].lower()]
    facts.money = _flag(moment.get("money"), "money")
    if facts.money and kind != "donation":
        facts.what = money_gift_name(facts.what, facts.occasion)  # "venmo'd us $200" -> "your generous gift"
    facts.currency = (text["currency"] or "USD").upper()
    facts.money = _flag(moment.get("money"), "money")
    facts.amount = _amount(moment.get("amount"))
    facts.on = _date(moment.get("on"), "on")
    facts.today = _date(moment.get("today"), "today") or today
    facts.due = kinds.due_date(kind, facts.occasion or None, facts.on)
    if facts.today and facts.on:
        due = _date(moment.get("due"), "due")
        facts.late = kinds.is_late(kind, facts.occasion or None, facts.on, facts.today, due=due)
        facts.apology = facts.late and kinds.owes_apology(kind, facts.occasion or None, facts.on, facts.today, due=due)
    facts.key = _key(moment)
    return facts


def _pets_named_in_detail(text: dict[str, str]) -> None:
    """'fed my cats' and 'mochi and turnip are my cats and they were spoiled rotten': 'fed my cats Mochi and
    Turnip', and the detail is what they did ('they were spoiled rotten'), never "Mochi and turnip are my cats."."""
    m = PETS_ARE.match(text.get("detail", ""))
    if not m:
        return
    first, second, owner, kind, told = m.groups()
    owned = re.search(rf"\b(?:my|our) {re.escape(kind)}\b", text.get("what", ""), re.I)
    if not owned:
        return
    names = f"{first.capitalize()} and {second.capitalize()}"
    text["what"] = f"{text['what'][:owned.end()]} {names}{text['what'][owned.end():]}"
    text["detail"] = told if told and TOLD_MORE.match(told) else ""


DELIVERED_IN = lazy_regex(r"(?<=\w)\s+(?:(?:in|inside|with) (?:a|an|the) (?:\w+ )?card|(?:in|through|by) (?:the )?mail)$",
                          re.I)  # "a visa gift card in a christmas card", "a check in the mail"
TITLE_BEFORE_NAME = lazy_regex(r"\b(?!(?:and|de|da|di|du|del|der|van|von|la|le|of|the|my|our|y|e)\s)([a-z]{2,})(\s+[A-Z])")
PETS_ARE = lazy_regex(r"^([a-z][\w'-]+) (?:and|&) ([a-z][\w'-]+) (?:are|were) (my|our) ([a-z]+s)\b(?:\s*,\s*|\s+and\s+|$)(.*)$",
                      re.I)


def _who_they_are(m: re.Match, described: str) -> str:
    """'our cat Pickles' and 'a grumpy tabby' -> 'our grumpy tabby Pickles'; 'biscuit' and 'my corgi' -> 'my corgi
    Biscuit': a pet's name with what the detail says it is, said once."""
    owner, _, kind = described.partition(" ")
    if owner.lower() in ("a", "an"):
        owner = m.group(1) or "my"
    name = m.group(0).split()[-1]
    return f"{owner} {kind} {name[:1].upper()}{name[1:]}"


def _org_in_sign(sign: str, organization: str) -> str:
    """'The harbor light board', for Harbor Light Youth Orchestra: the words of its name as it spells them."""
    for word in organization.split():
        if len(word) > 2 and word[:1].isupper():
            sign = re.sub(rf"\b{re.escape(word.lower())}\b", word, sign)
    return sign


def _text(moment: dict, name: str) -> str:
    value = moment.get(name)
    if value is None:
        return ""
    if name == "goods_services" and isinstance(value, bool):
        return _goods_yes_no(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise UsageError(f"the moment's \"{name}\" must be text, not {type(value).__name__}")
    text = " ".join(value.split())
    if name == "sign":
        return _sign(text)
    if "(" in text and name in ASIDE_FIELDS and not (name == "what" and looks_like_title(text)):  # "(2nd Gen)"
        text = _pet_aside().sub(lambda m: f"{m.group(2)} {m.group(1)[:1].upper()}{m.group(1)[1:]}", text)  # "biscuit (my dog)" -> "my dog Biscuit"
        text = " ".join(PAREN_ASIDE.sub(" ", text).split())  # "(the cats)", "(ok most mornings)": notes to self
    return text.rstrip(".;, ")


ASIDE_FIELDS = ("what", "detail", "use", "memory", "ahead")
PAREN_ASIDE = lazy_regex(r"\s*\([^)]*\)?")


@lru_cache(maxsize=256)  # a batch is signed by one writer, or a few: their name is read once
def _sign(text: str) -> str:
    text = text.rstrip(";, ")
    titled = SIGN_TITLE.match(text)
    on_behalf = SIGNED_FOR.match(titled.group(2)) if titled else None
    if on_behalf:  # "Tunde (for Ayo)": as typed, never "Tunde, For Ayo"
        return f"{_sign(titled.group(1))} ({on_behalf.group(1).lower()} {tidy_person(on_behalf.group(2))})"
    if titled:  # "Meg (volunteer coord)": "Meg, Volunteer Coordinator", never the bracket as typed
        return f"{_sign(titled.group(1))}, {_title_case(titled.group(2))}"
    if "+" in text:
        text = PLUS_SIGN.sub(" & ", text)  # "ellie + ty": two names, never "thank you"
    initial = SIGNED_INITIAL.match(text)
    if initial:  # "xo, r": an initial is a name, never "are"
        return f"{_sign(initial.group(1))}, {initial.group(2).upper()}"
    texted = any(w.strip("!?.,").lower() in word_list("texted_sign_words") for w in text.split())  # "ur wife!!"
    if (text == text.lower() and len(text.split()) > 2 or texted) and not JOINED.search(text) \
            and not text.endswith(" family"):  # "the park family" signs as a household
        sign = tidy(text, signs=False)  # "ur favorite daughter lol" -> "your favorite daughter": words
    else:
        sign = tidy_person(text)  # "Omar F." keeps the period of its initial; "jess" is "Jess"
    sign = INITIAL_AT_END.sub(lambda m: m.group(0).upper(), sign)  # "always your j": J, her initial
    return sign[:1].upper() + sign[1:]  # "the Kim family" under a note is "The Kim family"


SIGNED_FOR = lazy_regex(r"^(for|and|with|on behalf of)\s+(\S.*)$", re.I)
SIGN_TITLE = lazy_regex(r"^([^()]+?)\s*\(([A-Za-z][A-Za-z .&-]+)\)$")


def _title_case(title: str) -> str:
    """'volunteer coord' -> 'Volunteer Coordinator': a title under a name, its abbreviations written out."""
    words = data.toml("words/grammar.toml")["role_abbreviations"]
    return " ".join(w if w.isupper() else words.get(w.lower(), w).capitalize() for w in title.split())


ORGANIZATION_NAME = lazy_regex(r"\b(?:Group|Inc\.?|LLC|LLP|Co\.|Company|Corp\.?|Foundation|Associates|Partners|"
                               r"Dental|Clinic|Church|Club|Society|Council|Association|Bank|Hospital)$")
PLUS_SIGN = lazy_regex(r"\s+\+\s+")
INITIAL_AT_END = lazy_regex(r"(?<=\s)[a-z]$")
SIGNED_INITIAL = lazy_regex(r"^(.*\S)\s*,\s*([A-Za-z])\.?$")


def _goods_yes_no(given: bool) -> str:
    """`false` is "none were given"; `true` does not say what, and the receipt must."""
    if not given:
        return "none"
    raise UsageError('the moment\'s "goods_services" says what the donor received and its value, like '
                     '"dinner valued at $80"; write it as text, or false for none')


OCCASION_IN_WHAT = lazy_regex(r"\bfor (?:my|our|the) (birthday|graduation|wedding|anniversary|housewarming|"
                              r"retirement|baby shower|bridal shower|new baby)\b|\bfor (christmas|hanukkah|eid|diwali)\b",
                              re.I)
# Holidays a gift is "for" by name; the catalogue reads them all as "holiday" (its due rule).
HOLIDAY_NAMES = {"christmas": "Christmas", "xmas": "Christmas", "hanukkah": "Hanukkah", "chanukah": "Hanukkah",
                 "eid": "Eid", "diwali": "Diwali", "kwanzaa": "Kwanzaa", "easter": "Easter",
                 "lunar new year": "Lunar New Year", "valentine's day": "Valentine's Day",
                 "mother's day": "Mother's Day", "father's day": "Father's Day"}


# Facts read as typed (typed.tidy: "i", "christmas", "ur", "lol"); names of organisations in title case.
TYPED_FIELDS = ("what", "detail", "use", "memory", "ahead", "role", "topic", "strength", "extra", "goods_services")
ORGANIZATION_FIELDS = ("company", "organization")


def _read_as_typed(text: dict[str, str], givers: list[Giver]) -> None:
    typed = text.get("detail", "")
    detail = typed if " is " in typed or " was " in typed else ""  # "winston is my beagle, he ate ...", "rocky was our"
    then = WHO_IS_THEN.match(detail) if detail else None
    who = WHO_IS.match(then.group(1) if then else detail) if detail else None
    if who and re.search(rf"\b{re.escape(who.group(1))}\b", text.get("what", ""), re.I):
        # "chester is my beagle", typed to explain a name in the act: said where the name is ("my beagle Chester")
        text["what"] = re.sub(rf"{NAMED_BEFORE}{re.escape(who.group(1))}\b", lambda m: _who_they_are(m, who.group(2)),
                              text["what"], count=1, flags=re.I)
        told = then.group(2) if then else who.group(3) or ""
        text["detail"] = told if told and TOLD_MORE.match(told) else ""  # who he is goes with his name; what he did
        # stays ("juniper is a tortoise, she is 30 years old"); "rocky was our golden retriever, 12 yrs" says no more
    else:
        _pets_named_in_detail(text)
    what = text.get("what", "")
    if " card" in what or " mail" in what:
        text["what"] = DELIVERED_IN.sub("", what)  # "starbucks card in the mail": how it came is no part of it
    title, plus, more = text.get("what", "").partition(" + ")
    if plus and more.strip() and read_title(title) and not read_title(more):  # "Dreft ... Detergent, 100 fl oz +
        text["what"] = f"{_with_colour(read_title(title))} and {more.strip()}"  # burp cloths": two things
    elif plus and read_title(ARTICLE.sub("", more.strip())) and not read_title(title):  # "giant basket of muslin
        # swaddles + a Hatch Rest 2nd Gen Sound Machine, Night Light & Time-to-Rise": two things, one a title
        text["what"] = f"{title} and {_with_colour(read_title(ARTICLE.sub('', more.strip())))}"
    named = read_title(text["detail"]) if text.get("detail") and text.get("what") else None
    if named and named[0].split()[-1].lower() in text["what"].lower():  # "a group gift - the stroller", then its
        text["detail"] = named[1]  # title as the detail: what it adds is its colour ("green mist"), or nothing
    product = read_title(text["what"]) if text.get("what") else None
    if product:  # "KitchenAid Artisan 5-Qt Stand Mixer - Pistachio": "a pistachio stand mixer"
        what, colour = product
        said = colour and re.search(rf"\b{re.escape(colour.split()[-1])}\b", text.get("detail", ""), re.I)
        text["what"] = what if said else with_colour(what, colour)  # the colour describes the gift, once:
        # never a detail "noticed", nor said twice ("the red stand mixer. The red matches our kettle.")
    names = tuple(dict.fromkeys(n.strip() for g in givers for n in (g.name, g.call, *JOINED.split(g.name),
                                                                    *JOINED.split(g.call))
                                if n and n.strip()))  # "Uncle Frank and Aunt Mary": "uncle frank" is a name
    names += _pet_names(text) + _names_typed_capitalised(text)
    names += tuple(n for n in SIGN_JOINERS.split(text.get("sign", "")) if n.strip())
    if text.get("role"):
        text["role"] = role_acronyms(text["role"])  # "rn - cardiac stepdown": an RN, never "right now"
    for name in TYPED_FIELDS:
        if text.get(name):
            text[name] = tidy(text[name], names)
    _spell_names_alike(text)
    if text.get("question"):
        text["question"] = tidy(text["question"], names, question=True)
    for name in ORGANIZATION_FIELDS:
        if text.get(name):
            text[name] = tidy_org(text[name])


def _with_colour(product: tuple[str, str]) -> str:
    what, colour = product
    return with_colour(what, colour)


def _spell_names_alike(text: dict[str, str]) -> None:
    """A name read as one in one fact ('after we lost Rosie') is spelled so in the others ('her fav rosie
    story'); names that are no English word ('rosie', 'mochi'), and words that are names where they stand ('lily
    said she let them'), spelled so only where no word describes them ('picked up Lily', not 'a lily')."""
    read = _read_as_names(text)
    for spelled in set(_names_typed_capitalised(text)) | read:
        low = spelled.lower()
        word = lexicon.known(low)  # "lily", "ruby": a word as well, so only where no word describes it
        if word and spelled not in read:
            continue  # "Thanksgiving", "Costco": typed with a capital, and no name anywhere else
        for name in TYPED_FIELDS:
            if low in text.get(name, ""):
                text[name] = re.sub(rf"\b{low}\b", (lambda m, s=spelled: s if _bare(m) else m.group(0)) if word
                                    else spelled, text[name])  # rare: a name typed both ways


def _bare(m: re.Match) -> bool:
    """'picked up lily from school': no determiner, noun or adjective before it ('a lily', 'the watershed grant')."""
    before = m.string[:m.start()].split()
    prev = before[-1].lower() if before else ""
    return not prev or prev in PREPOSITIONS or prev == "baby" or not ({"NOUN", "ADJ"} & set(lexicon.parts(prev))) \
        and prev not in DETERMINERS


def _read_as_names(text: dict[str, str]) -> set[str]:
    """A given name that is a word too, read as a name where it stands ('lily said she let them'): Lily in
    the other facts too ('picked up lily from school')."""
    found = set()
    for name in TYPED_FIELDS:
        typed = text.get(name, "")
        if typed[:1].isupper():
            first, _, rest = typed.partition(" ")
            verb = rest.split(" ", 1)[0].lower()
            if first[1:].islower() and len(first) > 2 and is_given_name(first.lower()) and lexicon.known(
                    first.lower()) and (lexicon.is_past(verb) or lexicon.is_form(verb, "VBZ")):
                found.add(first)  # "Lily said she let them": a name, then what she did
        if "baby " in typed:
            found.update(m.group(1).capitalize() for m in BABY_NAMED.finditer(typed)
                         if is_given_name(m.group(1)))  # "a savings bond for baby ruby": Ruby
    return found


BABY_NAMED = lazy_regex(r"(?:^|\b(?:for|to|meet|meeting|with|and|of) )baby ([a-z]{3,})\b(?! (?:shower|gift|food|clothes|monitor|book|books|stuff|things|girl|boy)\b)")


# A capitalised word after a lower-case word or a comma. The look-behind comes after the capital, not before it:
# a pattern that opens with a letter class is tried only where a capital is (the regex engine skips to one).
CAPITALISED_INSIDE = lazy_regex(r"([A-Z](?<=[a-z,] [A-Z])[a-z]{2,})\b")


def _names_typed_capitalised(text: dict[str, str]) -> tuple[str, ...]:
    """'Rosie' typed with a capital in one fact is Rosie in the others too ('her favorite rosie story')."""
    typed = " | ".join(text.get(name, "") for name in TYPED_FIELDS)  # one search for all the facts
    return tuple(m.group(1) for m in CAPITALISED_INSIDE.finditer(typed)
                 if is_given_name(m.group(1).lower()) or not lexicon.known(m.group(1).lower()))


def _pet_names(text: dict[str, str]) -> tuple[str, ...]:
    """'our dog pepper' names Pepper, wherever the facts mention her again ('a pic of pepper'); so does 'after
    we put rocky down'."""
    typed = " | ".join(text.get(name, "") for name in TYPED_FIELDS)
    put_down = tuple((m.group(1) or m.group(2)).capitalize() for m in PUT_DOWN.finditer(typed)
                     if (m.group(1) or m.group(2)) not in CLOSED_WORDS) if " down" in typed else ()
    put_down += tuple(m.group(1).capitalize() for m in WAS_OUR_PET.finditer(typed)) \
        if (" was our " in typed or " is our " in typed or " was my " in typed or " is my " in typed) else ()
    if not any(map(typed.__contains__, word_list("pets"))):
        return put_down  # most moments name no pet: a few substring tests cost less than the pattern's search
    found = []
    for m in _pet_name().finditer(typed):
        word = m.group(1).lower()
        if not OWNED_PET.search(typed, max(0, m.start() - 7), m.start()):
            continue  # "a cat tree", "the dog bed": a thing for a pet; "our dog pepper" names her
        named_then_told = NAME_THEN_VERB.match(typed, m.end())  # "my cat pickles is 16": Pickles, then what she is
        if word in word_list("not_pet_names") or lexicon.known(word) and "NOUN" not in lexicon.parts(word) \
                or word in PREPOSITIONS or lexicon.is_form(word, "VBD") \
                or lexicon.is_form(word, "VBZ") and not named_then_told:
            continue  # "our dog loved it", "the cat sitter": no name
        found.append(word.capitalize())
        second = AND_ANOTHER.match(typed, m.end()) if m.group(0).split()[0].endswith("s") else None
        if second and second.group(1) not in CLOSED_WORDS and second.group(1) not in word_list("not_pet_names"):
            found.append(second.group(1).capitalize())  # "our goats pepper and dumpling": both named
    return tuple(found) + put_down


AND_ANOTHER = lazy_regex(r"\s+(?:and|&)\s+([a-z][a-z'-]{2,})\b")


OWNED_PET = lazy_regex(r"\b(?:my|our|your|his|her|their)\s+$", re.I)
NAME_THEN_VERB = lazy_regex(r"\s+(?:is|was|has|had|just|still|turned|turns)\b")
WAS_OUR_PET = lazy_regex(r"(?:^|\| )([a-z][a-z'-]{2,}) (?:is|was) (?:my|our) (?:"
                         + "|".join(sorted(word_list("pets") | word_list("pet_kinds"))) + r")\b")  # "pepper was our cat"
PUT_DOWN = lazy_regex(r"\bput ([a-z][a-z'-]{2,}) down\b|\bput down ([a-z][a-z'-]{2,})\b(?= \(| *$| \|| when| after| last)")
# "after we put rocky down", "when we had to put down scout (our lab)": a pet, by name
CLOSED_WORDS = frozenset("him her them it the our my his their".split())


@cache
def _pet_aside() -> re.Pattern:
    """A name, then who it is in brackets: 'biscuit (my dog)'."""
    pets = "|".join(sorted(word_list("pets") | word_list("pet_kinds")))
    return re.compile(rf"\b([A-Za-z][\w'-]+)\s*\(((?:my|our|his|her|their|the)\s+(?:{pets}))\)", re.I)


@cache
def _pet_name() -> re.Pattern:
    """An animal word and the word after it, which may be the pet's name ("our dog pepper")."""
    return re.compile(rf"\b(?:{'|'.join(sorted(word_list('pets')))})\s+([A-Za-z][a-z'-]{{2,}})\b")



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
        if givers:
            name = LIST_GOES_ON.sub("", name)  # ["Hollis", "and his wife marta"]: the list's "and" is no name
        if not name and not call:
            raise UsageError("a giver in \"from\" has no name; give each a \"name\"")
        kin_of_last = THEIR_KIN.match(name) if givers and not call and name[:1] in "hHtT" else None
        if kin_of_last and not givers[-1].partner:  # "my neighbor cosmo", "his teenage son": Cosmo's son, unnamed
            givers[-1] = replace(givers[-1], partner=kin_of_last.group(1).lower())
            continue
        name, label, partner = read_name(name or call)
        if call and call != call.lower():
            call = TITLE_BEFORE_NAME.sub(lambda m: m.group(1).capitalize() + m.group(2), call)  # "chu Bao and co
            # Linh": the word before each name is how they are called, "Chu Bao and Co Linh"
        if call and call == call.lower():
            call = read_name(call)[0]  # "mrs. k", "tia rosa", "karen & phil": what to call them, spelled right
            call = call[:1].upper() + call[1:] if " " not in call else call  # "far": a nickname, never the word
        call = _sub(TITLE_WITHOUT_PERIOD, r"\1.", call)  # "Dr Cruz" -> "Dr. Cruz"
        givers.append(Giver(name or call, call, str(rel).lower(), label, partner))
    return _without_who_they_are(givers)


def _without_who_they_are(givers: list[Giver]) -> list[Giver]:
    """["my in laws", "barb", "jim"], ["my bf's grandparents", "nonna and nonno"]: the first says who the others
    are, and is no one to greet of its own."""
    if len(givers) < 2:
        return givers
    first = givers[0].name.lower()
    if not first.startswith(("my ", "our ")) or first.split()[-1] not in PLURAL_KIN_WORDS:
        return givers
    return [replace(giver, label=giver.label or first) for giver in givers[1:]]


def _flag(value, name: str) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return bool(value)


def _amount(value) -> float:
    """The donation's amount, read as every face reads one ("$1,250.50"; "1,50" is refused, not guessed)."""
    if value in (None, ""):
        return 0
    try:
        return validate.read_amount(value)
    except UsageError as e:
        raise UsageError(f"the donation \"amount\": {e}") from None


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
