"""A spool whose event hooks live in a mixin of another module."""
