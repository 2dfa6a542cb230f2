"""Ice rink operations."""
