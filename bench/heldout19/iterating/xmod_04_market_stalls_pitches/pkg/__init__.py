"""Pitch layout for a weekly street market."""
