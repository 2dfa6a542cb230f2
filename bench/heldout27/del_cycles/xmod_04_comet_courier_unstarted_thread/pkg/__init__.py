"""Comet courier: parcel uplink for a bicycle courier cooperative."""
