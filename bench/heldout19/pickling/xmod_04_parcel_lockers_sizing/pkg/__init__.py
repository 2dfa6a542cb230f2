"""Parcel locker sizing, with per-carrier parcel types and a worker pool."""
