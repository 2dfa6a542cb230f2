"""Kindergarten pick-up desk: roster, notifications and attendance."""
