"""Cobalt crane: shift control for gantry cranes at an ore terminal."""
