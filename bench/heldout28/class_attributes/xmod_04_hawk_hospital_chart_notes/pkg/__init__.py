"""Hawk hospital: patient charts for a raptor rehabilitation centre."""
