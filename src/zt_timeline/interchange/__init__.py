"""Other formats in and out of the core: TimelineJS import, the TOML writer, the starter file."""
