"""Reading timeline files: bytes, TOML, validation, layered stacks and the cache."""
