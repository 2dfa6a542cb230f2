"""Meadow monitor: soil and weather probes feeding an in-process event bus."""
