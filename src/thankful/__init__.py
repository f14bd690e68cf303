"""Thankful: remember, write and send sincere thank-you notes, on time."""

__version__ = "0.1.0"
