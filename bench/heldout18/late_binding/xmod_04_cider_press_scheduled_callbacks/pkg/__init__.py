"""Cider press batch scheduling."""
