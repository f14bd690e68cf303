"""The fixed vocabularies, kept apart from model.py so the everyday commands can use them cheaply."""

RELATIONSHIPS = ("family", "friend", "partner", "colleague", "interviewer", "donor", "other")
STATUSES = ("owed", "drafted", "sent", "skipped")
CHANNELS = ("email", "card", "hand")
TONES = ("warm", "formal", "playful", "romantic")
