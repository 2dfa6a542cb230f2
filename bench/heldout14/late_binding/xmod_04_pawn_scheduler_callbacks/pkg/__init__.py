"""Pawn shop back office."""
