"""Wedding planning: RSVP tracking."""
