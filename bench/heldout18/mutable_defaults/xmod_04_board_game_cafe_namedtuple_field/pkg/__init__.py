"""Board game cafe table service."""
