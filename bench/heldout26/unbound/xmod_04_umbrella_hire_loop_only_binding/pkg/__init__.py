"""Umbrella hire network: kiosks at tram stops lend umbrellas by the hour."""
