"""The `thankful` command: parse with argparse, call the core, print plain text or --json."""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import ThankfulError
from .common import Context, add_common_options

# Each module adds its commands with register(subparsers); a command's handler takes a Context.
COMMAND_MODULES = ("notebook", "practice")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thankful",
        description="Remember, write and send sincere thank-you notes, on time. "
                    "Run with no command for what is owed today.",
    )
    add_common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
