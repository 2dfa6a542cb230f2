"""Cooking school enrolment."""
