"""Ship chandlery stock keeping."""
