"""Numbered SQL migrations, applied in order by the storage opener (package data)."""
