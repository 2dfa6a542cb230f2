"""Urban farm: rooftop greenhouse irrigation control."""
