"""The command-line interface: a thin layer over the core and the renderers.

app.py holds the Typer application and the entry point (main); the command modules (lookup,
records, files, facts, check, exports, sharing) are imported when their command runs (lazy.py).
"""
