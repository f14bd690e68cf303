"""The `thankful` command: argparse, a lazy table of commands, plain text or --json, one error boundary.

Each command is built only when it runs: the table below names the function that adds its arguments
(`module:function`, the module in this package) and its one-line help, so `thankful owed` imports the
owed command's module and nothing else of the command line.
"""

import argparse
import os
import sys

from thankful.domain.errors import ThankfulError

from .common import Context, add_common_options

COMMANDS = {
    "home": ("notes:home_arguments", "overdue notes, those due this week, and today's question"),
    "add": ("capture:add_arguments", "write down a moment that owes thank-you notes (one per giver)"),
    "owed": ("notes:owed_arguments", "notes owed, overdue first"),
    "show": ("notes:show_arguments", "one note: recipient, moment, text"),
    "sent": ("notes:sent_arguments", "mark a note sent"),
    "skip": ("notes:skip_arguments", "skip a note, saying why"),
    "edit": ("editing:edit_arguments", "correct a note's moment (its facts, tone, date), due date, recipient or way"),
    "delete": ("editing:delete_arguments", "delete a note, a moment, a person or a journal entry (asks first)"),
    "reopen": ("editing:reopen_arguments", "a sent or skipped note goes back to owed (or drafted)"),
    "undo": ("undo:undo_arguments", "take back the last change to the notebook; again to go further back; --list"),
    "people": ("people:people_arguments", "the people you thank: add, list, show, edit, delete, import contacts"),
    "compose": ("writing:compose_arguments", "draft notes from moments (JSON in, drafts out; no notebook needed)"),
    "check": ("writing:check_arguments", "coach a note: what is generic, missing or wrong, and a score"),
    "draft": ("writing:draft_arguments", "draft a stored note: ask what is missing, show the coach, save it"),
    "today": ("practice:today_arguments", "today's question: write what sparked your gratitude, and thank someone"),
    "journal": ("practice:journal_arguments", "read past journal entries"),
    "nudge": ("practice:nudge_arguments", "overdue and due-soon notes; on Wednesdays, someone to thank just because"),
    "remind": ("reminders:remind_arguments", "a digest of what is due (for cron or a timer); --email sends it to you"),
    "stationery": ("practice:stationery_arguments", "your cards: add a new box, see what is left"),
    "stats": ("stats:stats_arguments", "your notes in numbers: per month, on time, days to send, streaks"),
    "send": ("sending:send_arguments", "email drafted notes through your mail server, each exactly once"),
    "eml": ("sending:eml_arguments", "a note as an .eml file for your own mail client, or as a mailto: link"),
    "print": ("printing:print_arguments", "print cards, envelopes, address labels or a copy guide as a PDF"),
    "calendar": ("calendar:calendar_arguments", "due dates of owed notes as a calendar file (.ics) with reminders"),
    "config": ("settings:config_arguments", "settings: mail server, sender, signature, return address, the model that polishes"),
    "export": ("transfer:export_arguments", "the whole notebook as JSON"),
    "import": ("transfer:import_arguments", "load an export into an empty notebook, all or nothing"),
    "backup": ("backups:backup_arguments", "copy the notebook now (to FILE, or today's copy in its backups folder)"),
    "restore": ("backups:restore_arguments", "replace the notebook with a backup, all or nothing (the current one is kept)"),
    "serve": ("web:serve_arguments", "open Thankful as a page in your web browser"),
    "event": ("events:event_arguments", "a wedding, a shower, a funeral ...: import its gift list, see it at a glance"),
    "assign": ("events:assign_arguments", "give notes to a writer, or share an event's notes between its writers"),
    "posted": ("events:posted_arguments", "cards put in the mail: mark them sent as cards"),
    "doctor": ("doctor:doctor_arguments", "check the notebook; save what can be read from a damaged one"),
}
OPTIONS_WITH_VALUES = ("--db", "--today")


class HelpLayout(argparse.HelpFormatter):
    """argparse's help layout, given its width (argparse builds one per argument, and finding the width
    itself costs an import of shutil, a tenth of `thankful owed`'s start-up)."""

    def __init__(self, prog: str, **kwargs):
        kwargs.setdefault("width", terminal_columns() - 2)
        super().__init__(prog, **kwargs)


def terminal_columns() -> int:
    """The terminal's width, else $COLUMNS when it is a sensible number, else 80."""
    try:
        return max(os.get_terminal_size(sys.stdout.fileno()).columns, 40)
    except (OSError, ValueError, AttributeError):
        pass
    columns = os.environ.get("COLUMNS", "")
    return min(max(int(columns), 40), 500) if columns.isdigit() else 80


class ThankfulParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line naming the problem and where to look (exit 2)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpLayout)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message}; see '{self.prog} --help'\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser: with `only`, that command alone ("" for none: the home view's options); otherwise every
    command, for help and for a mistyped command's list of choices."""
    parser = ThankfulParser(
        prog="thankful",
        description="Remember, write and send sincere thank-you notes, on time. "
                    "Run with no command for what is owed today.",
    )
    add_common_options(parser, top=True)
    if only == "":
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ThankfulParser)
    for name, (builder, help_text) in COMMANDS.items():
        if only is None or name == only:
            sub = commands.add_parser(name, help=help_text, description=help_text)
            add_common_options(sub)
            _builder(builder)(sub)
    return parser


def _builder(spec: str):
    module, function = spec.split(":")
    return getattr(__import__(f"{__name__}.{module}", fromlist=[function]), function)


def command_named(argv: list[str]) -> str | None:
    """The command word in argv (skipping global options and their values); "" for none; None for help."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUES:
            skip = True
        elif arg in ("-h", "--help"):
            return None
        elif not arg.startswith("-"):
            return arg
    return ""


def parse(argv: list[str]) -> argparse.Namespace:
    wanted = command_named(argv)
    return build_parser(wanted if wanted in COMMANDS or wanted == "" else None).parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    ctx = None
    try:
        args = parse(sys.argv[1:] if argv is None else list(argv))
        handler = getattr(args, "handler", None)
        if handler is None:
            from .notes import cmd_home as handler
        ctx = Context(args)
        code = handler(ctx) or 0
        sys.stdout.flush()  # a full disk or a closed terminal is this command's failure, reported here
        for warning in ctx.warnings:  # after the work: a command that fails says only why it failed
            print(f"thankful: warning: {warning}", file=sys.stderr)
    except KeyboardInterrupt:
        print("thankful: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        _drop_stdout()  # the reader went away (| head); not an error worth a traceback
        code = 0
    except Exception as e:  # the one error boundary: every failure is one line and an exit code
        from .errors import explain

        message, code = explain(e)
        if isinstance(e, OSError) and _is_stdout(e):
            _drop_stdout()
            message = f"cannot write the output: {e.strerror or e}"
        print("thankful: " + " ".join(message.split("\n")), file=sys.stderr)
    finally:
        if ctx is not None:
            ctx.close()
    return code


def _is_stdout(error: OSError) -> bool:
    """Whether an OS error came from writing our own output (thankful owed > /dev/full)."""
    return error.filename is None and error.errno is not None and not getattr(error, "filename2", None)


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush at exit has nothing to fail on."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def run() -> None:
    sys.exit(main())


__all__ = ["COMMANDS", "ThankfulError", "main", "run"]
