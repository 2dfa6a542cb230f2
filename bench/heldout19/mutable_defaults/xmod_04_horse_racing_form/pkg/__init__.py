"""Race cards and form guides for a horse racing meeting."""
