"""Playback queue for a podcast client."""
