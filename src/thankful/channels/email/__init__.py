"""Email: a note sent through the person's own mail server (settings, message, SMTP).

The exactly-once sending, with the notebook's outbox, is the use case usecases/sending.py.
"""

from ..base import Channel

CHANNEL = Channel("email", "by email", needs="email", sendable=True)
