"""Exports: the events in formats other tools read (CSV, JSON, TimelineJS, Markdown, iCalendar, SQLite)."""
