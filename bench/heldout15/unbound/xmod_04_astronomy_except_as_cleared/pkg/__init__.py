"""Star catalogue loader."""
