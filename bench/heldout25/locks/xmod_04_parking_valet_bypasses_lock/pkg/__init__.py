"""Space management for a multi-storey parking garage."""
