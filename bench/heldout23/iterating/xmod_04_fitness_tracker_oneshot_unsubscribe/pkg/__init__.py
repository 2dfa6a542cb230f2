"""Workout-sync service for a fitness tracker companion app."""
