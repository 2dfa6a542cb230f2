"""Mango market price quoting service."""
