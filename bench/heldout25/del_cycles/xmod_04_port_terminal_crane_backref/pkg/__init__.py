"""Terminal operations for a container port."""
