"""Hive records for a small apiary cooperative."""
