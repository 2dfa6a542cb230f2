"""Maple mill grading pipeline: sort logs by grade and cut them into boards."""
