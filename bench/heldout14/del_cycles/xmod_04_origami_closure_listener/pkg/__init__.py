"""Origami diagram editor."""
