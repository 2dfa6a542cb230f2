"""Pledge ledger for a pawnshop."""
