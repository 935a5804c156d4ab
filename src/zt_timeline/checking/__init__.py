"""Checking claims and drafts against the sourced records."""
