"""Herbarium accession package."""
