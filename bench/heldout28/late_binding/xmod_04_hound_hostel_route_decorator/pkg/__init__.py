"""Hound hostel: a tiny web API for a dog-boarding kennel."""
