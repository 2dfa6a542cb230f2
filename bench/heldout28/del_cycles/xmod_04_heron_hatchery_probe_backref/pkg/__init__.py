"""Heron hatchery: incubator control for a heron conservation programme."""
