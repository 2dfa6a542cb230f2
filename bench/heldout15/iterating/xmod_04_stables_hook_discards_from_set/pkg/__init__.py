"""Yard management for a livery stables."""
