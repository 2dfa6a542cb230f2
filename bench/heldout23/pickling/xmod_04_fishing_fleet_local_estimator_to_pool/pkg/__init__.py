"""Catch-quota reporting for a fishing fleet's shore office."""
