"""Karaoke bar room management: song queues driven by an event bus."""
