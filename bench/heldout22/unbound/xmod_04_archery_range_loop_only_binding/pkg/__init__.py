"""Scoring tools for a club archery range."""
