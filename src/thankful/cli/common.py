"""What every command shares: --db, --today, --json, the notebook, and plain or JSON output."""

import argparse
import sys
from datetime import date

from thankful.domain.dates import parse_date, today_from
from thankful.domain.errors import NotFound, UsageError
from thankful.domain.validate import read_id


def add_common_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--db/--today/--json work before or after the command name."""
    default = None if top else argparse.SUPPRESS
    group = parser.add_argument_group("notebook and output")
    group.add_argument("--db", metavar="PATH", default=default,
                       help="the notebook file (default: $THANKFUL_DB or your user data directory)")
    group.add_argument("--today", metavar="DATE", default=default,
                       help="pretend today is DATE (YYYY-MM-DD; default: $THANKFUL_TODAY or the clock)")
    group.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS,
                       help="print JSON only on stdout")


def action(subparsers, name: str, handler, help: str, **kwargs) -> argparse.ArgumentParser:
    """An action of a command ('people add'), which also takes the common options."""
    parser = subparsers.add_parser(name, help=help, description=kwargs.pop("description", help), **kwargs)
    add_common_options(parser)
    parser.set_defaults(handler=handler)
    return parser


class Context:
    """One command's view of the world: its arguments, today's date and the notebook (opened on first use)."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self._today: date | None = None
        self._nb = None
        self.warnings: list[str] = []  # said after the command's work, if it succeeded

    @property
    def today(self) -> date:
        if self._today is None:
            self._today = today_from(getattr(self.args, "today", None))
        return self._today

    @property
    def nb(self):
        if self._nb is None:
            from thankful.store import open_notebook

            self._nb = open_notebook(getattr(self.args, "db", None))
            self._nb.clock = self._now
            self._nb.before_change = self._back_up_today
        return self._nb

    def _now(self) -> str:
        """When a change is made, as the undo list shows it: today (as --today says) at the clock's time."""
        from datetime import datetime

        return f"{self.today.isoformat()}T{datetime.now():%H:%M:%S}"

    def _back_up_today(self, nb) -> None:
        """Before the first change of the day, the day's backup; a backup that fails never stops the change."""
        from thankful.usecases.backups import daily

        try:
            daily(nb, self.today)
        except Exception as e:  # any failure: say it once the command is done, and carry on with what was asked
            from .errors import explain

            self.warnings.append(f"today's backup could not be made ({explain(e)[0]}); the change was made "
                                 "without it")

    def date(self, text: str | None, what: str = "date") -> date | None:
        return parse_date(text, self.today, what)

    def close(self) -> None:
        if self._nb is not None:
            self._nb.close()

    @property
    def tty(self) -> bool:
        return sys.stdout.isatty()


def confirm(question: str, *, yes: bool, flag: str = "--yes") -> bool:
    """Ask `question` on the terminal (y/N); True at once with `yes`. With nobody at a terminal to answer
    (standard input is a pipe or a file), refuse rather than guess."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError(f"nobody is at a terminal to answer; add {flag} to go ahead without being asked")
    sys.stderr.write(question + " [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def note_number(text: str) -> int:
    """An argparse type for NOTE: '12' or '#12' (argparse reports anything else as a usage error; a number
    no note can have is 'no note #N')."""
    try:
        return read_id(text, "note")
    except NotFound:
        raise
    except UsageError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a note number (see 'thankful owed')") from None


def emit_json(data) -> None:
    import json  # only commands asked for --json pay for it

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


NEW_BOX = 'thankful stationery add "12 A2 cards" when you buy more'
ANSI = {"red": "\033[31m", "yellow": "\033[33m", "dim": "\033[2m", "bold": "\033[1m"}


def colour_wanted() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    import os

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def table(rows: list[list[str]], headers: list[str], colours: list[str | None] | None = None) -> str:
    """Plain aligned columns: readable on a terminal and easy to cut when piped; `colours` tints whole rows."""
    if not rows:
        return ""
    cells = [headers] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    for i, colour in enumerate(colours or [], start=1):
        if colour:
            lines[i] = f"{ANSI[colour]}{lines[i]}\033[0m"
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


READ_LIMIT = 64 * 1024 * 1024  # the largest input read (an export of a very full notebook); as the web page's


def read_text_arg(value: str | None, what: str) -> str:
    """Text from a file path, '-' for stdin, or stdin when it is piped and no path was given; at most
    READ_LIMIT bytes (a device such as /dev/zero never ends)."""
    if value in (None, "-"):
        if value is None and sys.stdin.isatty():
            raise UsageError(f"give {what} as a file, or '-' to read it from standard input")
        return _bounded(sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None, sys.stdin, what)
    return _decoded(read_file_bytes(value, what), value)


def read_file_bytes(path: str, what: str) -> bytes:
    """A file's bytes, at most READ_LIMIT; a path that cannot be read is one line naming it."""
    try:
        with open(path, "rb") as f:
            return _limited(f.read(READ_LIMIT + 1), path, what)
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror}; check the path") from None


def _limited(data: bytes, name: str, what: str) -> bytes:
    if len(data) > READ_LIMIT:
        raise UsageError(f"{name} is more than {READ_LIMIT // 2**20} MB; give {what} as a smaller file")
    return data


def _bounded(binary, text_stream, what: str, name: str = "standard input") -> str:
    if binary is None:  # a text stream without bytes underneath (tests feed StringIO)
        text = text_stream.read(READ_LIMIT + 1)
        if len(text) > READ_LIMIT:
            raise UsageError(f"{what} is more than {READ_LIMIT // 2**20} MB; give a smaller file")
        return text
    return _decoded(_limited(binary.read(READ_LIMIT + 1), name, what), name)


def _decoded(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark dropped), with line ends as a text file reads them on any system."""
    try:
        text = data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
        return text.replace("\r\n", "\n").replace("\r", "\n")  # as a text file reads, on any system
    except UnicodeDecodeError:
        raise UsageError(f"{name} is not UTF-8 text; save it as UTF-8 and try again") from None


def chosen_notes(nb, every: bool, notes: list[int], selector) -> list[int]:
    """The notes a command works on: those named, or with its 'all' option every note `selector` picks."""
    if every and notes:
        raise UsageError("give note numbers or the 'all' option, not both")
    if not every and not notes:
        raise UsageError("which notes? give their numbers (see 'thankful owed') or the 'all' option")
    return selector(nb) if every else notes
