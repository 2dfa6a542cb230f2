"""Kiln controller firing profiles for a pottery studio."""
