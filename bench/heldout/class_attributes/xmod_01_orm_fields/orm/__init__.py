"""A very small declarative ORM."""
