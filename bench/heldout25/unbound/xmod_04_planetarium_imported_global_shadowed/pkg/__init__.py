"""Show control for a planetarium dome."""
