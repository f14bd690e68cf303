"""The local web page: a thin face over the same core the command line calls (see docs/web.md)."""

from .app import create_app

__all__ = ["create_app"]
