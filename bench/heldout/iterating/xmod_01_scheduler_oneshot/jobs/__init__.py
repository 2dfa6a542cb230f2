"""Cron-like job scheduling."""
