"""Appointment book for a hairdresser, with call metrics."""
