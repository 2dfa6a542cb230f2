"""Kayak rental desk: quotes, extras pricing and the counter workflow."""
