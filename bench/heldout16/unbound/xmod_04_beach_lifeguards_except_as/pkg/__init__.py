"""Beach lifeguard roster package."""
