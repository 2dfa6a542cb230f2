"""Widgets whose subclasses live in another module."""
