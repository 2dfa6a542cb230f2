"""Repair tickets for a jewellery repair workshop."""
