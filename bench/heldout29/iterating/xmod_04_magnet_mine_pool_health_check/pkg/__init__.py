"""Magnet mine: connection pool for the mine's shaft sensor gateways."""
