"""Lot management for an auction house."""
