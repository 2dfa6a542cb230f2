"""Smokehouse production."""
