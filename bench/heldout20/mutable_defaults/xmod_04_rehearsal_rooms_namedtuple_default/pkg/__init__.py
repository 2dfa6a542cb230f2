"""Rehearsal room bookings."""
