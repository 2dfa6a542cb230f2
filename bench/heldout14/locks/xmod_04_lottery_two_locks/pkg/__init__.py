"""Lottery draw ticketing."""
