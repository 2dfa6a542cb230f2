"""Honey hive: inspection records for a small apiary."""
