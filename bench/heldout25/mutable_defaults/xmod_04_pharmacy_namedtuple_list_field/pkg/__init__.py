"""Prescription intake and dispensing for a community pharmacy."""
