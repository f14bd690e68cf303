"""`thankful remind`: a digest of what is due, printed (for cron or a timer) or emailed to yourself."""

import sys

from thankful.usecases import digest

from .common import emit_json, out


def remind_arguments(p) -> None:
    p.add_argument("--email", action="store_true", help="send the digest to yourself through the outbox")
    p.set_defaults(handler=cmd_remind)


def cmd_remind(ctx) -> None:
    data = digest.digest(ctx.nb, ctx.today)
    if ctx.args.email:
        sent = digest.email_digest(ctx.nb, data)
        if ctx.json:
            emit_json({**data, "email": sent})
        else:
            out(f"Sent the digest to {sent['to']}.")
        return
    if ctx.json:
        emit_json(data)
    else:
        sys.stdout.write(digest.digest_text(data))
