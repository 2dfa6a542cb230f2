"""Vehicle deck planning for a ferry terminal check-in lane."""
