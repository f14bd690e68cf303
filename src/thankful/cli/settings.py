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


def cmd_config_list(ctx) -> None:
    found = configuration.effective(ctx.nb)
    password = "set (THANKFUL_SMTP_PASSWORD)" if _env("THANKFUL_SMTP_PASSWORD") else ""
    if ctx.json:
        data = {k: {"value": v, "from": src} for k, (v, src) in found.items()}
        data["smtp.password"] = {"value": "set" if password else "", "from": "THANKFUL_SMTP_PASSWORD or the keyring"}
        emit_json(data)
        return
    rows = [[key, found[key][0].replace("\n", " / ") if key in found else "-",
             found[key][1] if key in found else setting.help] for key, setting in SETTINGS.items()]
    rows.append(["smtp.password", password or "-", "never stored: THANKFUL_SMTP_PASSWORD or the system keyring"])
    out(table(rows, ["setting", "value", "from"]))


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
