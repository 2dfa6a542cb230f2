"""Marble mint: a miniature ORM for the mint's product catalogue."""
