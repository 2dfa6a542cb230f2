"""Tank monitoring for a public aquarium."""
