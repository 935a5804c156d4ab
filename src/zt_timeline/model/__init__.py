"""The domain model: records, partial dates and the fixed sets of names."""
