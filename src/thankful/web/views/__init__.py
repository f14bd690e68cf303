"""One module per page; each view is a plain function of a `Page` (see ../core.py)."""
