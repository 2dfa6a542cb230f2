"""Embassy visa application screening."""
