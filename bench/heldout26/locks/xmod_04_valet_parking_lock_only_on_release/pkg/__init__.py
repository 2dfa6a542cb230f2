"""Valet parking at a hotel: attendants claiming and releasing garage bays."""
