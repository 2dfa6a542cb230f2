"""Pharmacy dispensing back end."""
