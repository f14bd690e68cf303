"""`thankful people`: add, list, show and edit the people you thank."""

from thankful.domain import kinds
from thankful.usecases import capture, track

from .common import action, emit_json, out, table
from .notes import notes_table


def people_arguments(p) -> None:
    p.set_defaults(handler=cmd_people_list)
    actions = p.add_subparsers(dest="people_command", metavar="ACTION")
    a = action(actions, "add", cmd_people_add, "add a person")
    _person_flags(a)
    action(actions, "list", cmd_people_list, "list everyone")
    a = action(actions, "show", cmd_people_show, "a person's details and their notes")
    a.add_argument("name", metavar="NAME")
    a = action(actions, "edit", cmd_people_edit, "change a person's details")
    _person_flags(a)
    a.add_argument("--rename", metavar="NEW", help="a new name")
    from .contacts import cmd_people_import, import_arguments

    import_arguments(action(actions, "import", cmd_people_import,
                            "add or merge contacts: vCard, Google or Outlook CSV, or a guest list"))
    a = action(actions, "delete", cmd_people_delete, "delete a person, their notes and the moments only they gave")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--yes", action="store_true", help="do not ask first")


def _person_flags(p) -> None:
    p.add_argument("name", metavar="NAME")
    p.add_argument("--call", metavar="TEXT", help="how you greet them ('Aunt May')")
    p.add_argument("--email", metavar="ADDR")
    p.add_argument("--address", metavar="TEXT", help="postal address; use \\n or new lines between lines")
    p.add_argument("--relationship", choices=kinds.relationships())
    p.add_argument("--notes", metavar="TEXT")


def _address(text: str | None) -> str | None:
    return text.replace("\\n", "\n") if text is not None else None


def cmd_people_add(ctx) -> None:
    a = ctx.args
    person = capture.add_person(ctx.nb, a.name, call=a.call, email=a.email, address=_address(a.address) or "",
                                relationship=a.relationship, notes=a.notes or "", today=ctx.today)
    if ctx.json:
        emit_json(person.to_dict())
    else:
        out(f"Added #{person.id} {person.name}.")


def cmd_people_edit(ctx) -> None:
    a = ctx.args
    person = capture.edit_person(ctx.nb, a.name, name=a.rename, call=a.call, email=a.email,
                                 address=_address(a.address), relationship=a.relationship, notes=a.notes)
    if ctx.json:
        emit_json(person.to_dict())
    else:
        out(f"Updated #{person.id} {person.name}.")


def cmd_people_list(ctx) -> None:
    people = ctx.nb.people.all()
    if ctx.json:
        emit_json([p.to_dict() for p in people])
    elif not people:
        out("Nobody yet. Add someone: thankful people add 'May Lee' --call 'Aunt May'")
    else:
        out(table([[f"#{p.id}", p.name, p.call, p.relationship, p.email] for p in people],
                  ["id", "name", "greeting", "relationship", "email"]))


def cmd_people_show(ctx) -> None:
    person = ctx.nb.people.named(ctx.args.name)
    notes = [track.listing(r, ctx.today) for r in ctx.nb.notes.listing(statuses=None, person_id=person.id)]
    if ctx.json:
        emit_json({**person.to_dict(), "notes": notes})
        return
    out(f"#{person.id} {person.name}" + (f" ({person.call})" if person.call else ""))
    for label, value in (("relationship", person.relationship), ("email", person.email),
                         ("address", person.address.replace("\n", ", ")), ("notes", person.notes)):
        if value:
            out(f"  {label}: {value}")
    if notes:
        out()
        out(notes_table(notes, ctx.today, with_status=True))


def cmd_people_delete(ctx) -> None:
    from thankful.usecases import deleting

    from .editing import run_delete

    name = ctx.args.name
    run_delete(ctx, deleting.person_plan(ctx.nb, name), lambda: deleting.delete_person(ctx.nb, name))
