"""The notebook: one SQLite file per person. Only this package speaks SQL.

`open_notebook()` gives a `Notebook`; its parts (`nb.people`, `nb.moments`, `nb.notes`, `nb.journal`,
`nb.settings`, `nb.outbox`, `nb.stationery`, `nb.history`, `nb.events`) are the interface the rest of Thankful uses.
docs/architecture.md says how a second backend (PostgreSQL, for a hosted Thankful) would implement it.
"""

from .notebook import Notebook, default_path, explain, open_notebook, resolve_path

__all__ = ["Notebook", "default_path", "explain", "open_notebook", "resolve_path"]
