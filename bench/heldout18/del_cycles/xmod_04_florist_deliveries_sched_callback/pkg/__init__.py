"""Florist delivery orders."""
