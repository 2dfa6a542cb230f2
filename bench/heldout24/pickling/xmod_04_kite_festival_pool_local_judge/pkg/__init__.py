"""Kite festival competition scoring."""
