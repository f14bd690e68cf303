"""The notebook: one SQLite file per person. Only this package speaks SQL."""

from .db import Notebook, default_path, open_notebook, resolve_path

__all__ = ["Notebook", "default_path", "open_notebook", "resolve_path"]
