"""The `thankful` command: parse with argparse, call the core, print plain text or --json."""

import argparse
import os
import sys

from thankful.domain.errors import ThankfulError

from .common import Context, add_common_options

# Each module adds its commands with register(subparsers); a command's handler takes a Context.
COMMAND_MODULES = ("notebook", "writing", "practice", "deliver", "web")  # most-run first: loading stops at the command
OPTIONS_WITH_VALUES = ("--db", "--today")


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, sized without importing shutil (argparse builds one per add_argument)."""

    def __init__(self, prog: str, **kwargs):
        try:
            columns = os.get_terminal_size(sys.stdout.fileno()).columns
        except (OSError, ValueError):
            columns = int(os.environ.get("COLUMNS", 80))
        super().__init__(prog, width=max(columns - 2, 40), **kwargs)


class ThankfulParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line naming the problem and where to look (exit 2)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message}; see '{self.prog} --help'\n")


class _NotBuilt:
    """Stands in for the parser of a command that is not being run: building every parser costs start-up."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: self


class _Commands:
    """The subparsers action, building only the command named on the command line (all of them for --help)."""

    def __init__(self, action, wanted: str | None):
        self.action, self.wanted, self.found = action, wanted, False

    def add_parser(self, name: str, **kwargs):
        if self.wanted is not None and name != self.wanted:
            return _NotBuilt()
        self.found = True
        return self.action.add_parser(name, **kwargs)


def _remember_translations() -> None:
    """argparse looks up a gettext catalogue afresh for every message it builds (a sixth of a command's
    start-up); a message's translation cannot change while a command runs, so look each one up once."""
    if not hasattr(argparse._, "cache_info"):
        import functools

        argparse._ = functools.lru_cache(maxsize=None)(argparse._)


def build_parser(wanted: str | None = None) -> argparse.ArgumentParser:
    _remember_translations()
    parser = ThankfulParser(
        prog="thankful",
        description="Remember, write and send sincere thank-you notes, on time. "
                    "Run with no command for what is owed today.",
    )
    add_common_options(parser, top=True)
    action = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ThankfulParser)
    commands = _Commands(action, wanted)
    for name in COMMAND_MODULES:
        __import__(f"{__name__}.{name}", fromlist=["register"]).register(commands)
        if wanted is not None and commands.found:  # the command being run is built: the other modules need not even load
            break
    return parser


def command_named(argv: list[str]) -> str | None:
    """The command word in argv (skipping global options and their values), or None."""
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
    return None


def parse(argv: list[str]) -> argparse.Namespace:
    wanted = command_named(argv)
    parser = build_parser(wanted)
    if wanted is not None and wanted not in parser._subparsers._group_actions[0].choices:
        parser = build_parser(None)  # a typo: let argparse list every command
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else list(argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        from .notebook import cmd_home as handler
    ctx = Context(args)
    try:
        code = handler(ctx) or 0
    except ThankfulError as e:
        print(f"thankful: {e}", file=sys.stderr)
        code = e.exit_code
    except KeyboardInterrupt:
        print("thankful: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head); not an error worth a traceback
        code = 0
    finally:
        ctx.close()
    return code


def run() -> None:
    sys.exit(main())
