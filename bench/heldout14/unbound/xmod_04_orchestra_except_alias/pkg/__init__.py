"""Orchestra rehearsal tooling."""
