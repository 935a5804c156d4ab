"""Questions asked of a loaded timeline: selections, search, lookups, conflicts, tenures, diffs."""
