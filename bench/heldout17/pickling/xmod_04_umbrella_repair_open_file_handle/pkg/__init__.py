"""Umbrella repair workshop."""
