"""Coffee roastery package."""
