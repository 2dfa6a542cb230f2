"""Climbing wall services."""
