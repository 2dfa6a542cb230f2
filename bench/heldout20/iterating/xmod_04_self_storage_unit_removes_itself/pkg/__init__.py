"""Self storage management."""
