"""Crossword compiler."""
