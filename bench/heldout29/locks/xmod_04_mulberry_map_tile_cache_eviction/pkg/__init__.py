"""Mulberry map: tile cache for an offline orchard-map renderer."""
