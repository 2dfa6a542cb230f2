"""Key blank stock control for a locksmith's shop."""
