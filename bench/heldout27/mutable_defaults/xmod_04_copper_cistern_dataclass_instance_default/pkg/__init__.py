"""Copper cistern: level monitoring for rain-water cisterns on a farm estate."""
