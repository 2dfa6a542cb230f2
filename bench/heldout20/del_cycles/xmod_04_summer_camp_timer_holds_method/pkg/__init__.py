"""Summer camp activity scheduling."""
