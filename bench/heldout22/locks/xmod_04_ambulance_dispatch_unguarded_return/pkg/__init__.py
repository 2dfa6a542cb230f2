"""Unit availability tracking for an ambulance dispatch centre."""
