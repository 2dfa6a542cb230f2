"""Scaffold hire notifications."""
