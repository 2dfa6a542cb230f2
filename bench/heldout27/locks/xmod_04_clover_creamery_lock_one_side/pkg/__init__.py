"""Clover creamery: milk-vat bookkeeping for a small dairy creamery."""
