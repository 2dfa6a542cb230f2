"""Hammer hall: booking back end for an auction house."""
