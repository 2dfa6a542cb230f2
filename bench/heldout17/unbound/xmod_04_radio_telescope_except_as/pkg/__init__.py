"""Radio telescope observation pipeline."""
