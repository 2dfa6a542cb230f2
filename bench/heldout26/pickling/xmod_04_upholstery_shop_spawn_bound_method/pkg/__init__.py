"""Upholstery shop: fabric cutting plans computed in a separate process."""
