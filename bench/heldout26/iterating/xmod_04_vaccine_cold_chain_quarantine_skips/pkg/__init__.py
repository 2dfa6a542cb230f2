"""Vaccine cold chain: freezer sweeps and temperature-excursion quarantine."""
