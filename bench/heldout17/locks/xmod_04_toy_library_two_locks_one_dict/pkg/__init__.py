"""Toy library lending desk."""
