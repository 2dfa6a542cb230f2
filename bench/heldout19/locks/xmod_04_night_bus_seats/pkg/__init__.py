"""Seat reservations on night bus routes, sold from several ticket agents."""
