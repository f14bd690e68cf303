"""`thankful config`: the settings kept in the notebook (never a password), and where each value comes from."""

import os

from thankful.domain.errors import ThankfulError
from thankful.domain.settings import SETTINGS, check_key
from thankful.usecases import configuration

from .common import action, emit_json, out, table


def config_arguments(p) -> None:
    p.epilog = "Settings live in the notebook (never a password). Known settings: " + ", ".join(SETTINGS)
    p.set_defaults(handler=cmd_config_list)
    actions = p.add_subparsers(dest="config_command", metavar="ACTION")
    action(actions, "list", cmd_config_list, "every setting, and where its value comes from")
    a = action(actions, "get", cmd_config_get, "one setting's value")
    a.add_argument("key", metavar="KEY")
    a = action(actions, "set", cmd_config_set, "store a setting in the notebook")
    a.add_argument("key", metavar="KEY")
    a.add_argument("value", metavar="VALUE")
    a = action(actions, "unset", cmd_config_unset, "remove a setting from the notebook")
    a.add_argument("key", metavar="KEY")
    action(actions, "password", cmd_config_password,
           "keep the mail password (asked for, or read from standard input) in the system keyring, else in a "
           "file beside the notebook that only you can read")


def cmd_config_list(ctx) -> None:
    found = configuration.effective(ctx.nb)
    kept = configuration.password_kept(ctx.nb)
    where = {"environment": "THANKFUL_SMTP_PASSWORD", "keyring": "the system keyring",
             "file": "a file only you can read"}.get(kept, "")
    if ctx.json:
        data = {k: {"value": v, "from": src} for k, (v, src) in found.items()}
        data["smtp.password"] = {"value": "set" if kept else "", "from": where}
        emit_json(data)
        return
    rows = [[key, found[key][0].replace("\n", " / ") if key in found else "-",
             found[key][1] if key in found else setting.help] for key, setting in SETTINGS.items()]
    rows.append(["smtp.password", "set" if kept else "-",
                 where or "never in the notebook: 'thankful config password' keeps one"])
    out(table(rows, ["setting", "value", "from"]))


def cmd_config_password(ctx) -> None:
    import getpass
    import sys

    if sys.stdin.isatty():
        password = getpass.getpass("Mail password (not shown): ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    where = configuration.set_password(ctx.nb, password)
    if ctx.json:
        emit_json({"kept": where})
    else:
        out("Kept the password " + ("in the system keyring." if where == "keyring"
                                    else f"in {configuration.password_file(ctx.nb)}, which only you can read."))


def _env(name: str) -> str:
    return os.environ.get(name, "").strip()


def cmd_config_get(ctx) -> None:
    key = check_key(ctx.args.key).key
    found = configuration.get(ctx.nb, key)
    if found is None:
        raise ThankfulError(f"{key} is not set; set it with 'thankful config set {key} VALUE'")
    if ctx.json:
        emit_json({"key": key, "value": found[0], "from": found[1]})
    else:
        out(found[0])


def cmd_config_set(ctx) -> None:
    setting = check_key(ctx.args.key)
    value = configuration.set_value(ctx.nb, setting.key, ctx.args.value)
    if ctx.json:
        emit_json({"key": setting.key, "value": value, "from": "notebook"})
        return
    out(f"Set {setting.key} = {value!r}.")
    if setting.env and _env(setting.env):
        out(f"Note: {setting.env} is set in your environment and wins over this while it is set.")


def cmd_config_unset(ctx) -> None:
    key = check_key(ctx.args.key).key
    had = configuration.unset(ctx.nb, key)
    if ctx.json:
        emit_json({"key": key, "removed": had})
    else:
        out(f"Removed {key}." if had else f"{key} was not set.")
