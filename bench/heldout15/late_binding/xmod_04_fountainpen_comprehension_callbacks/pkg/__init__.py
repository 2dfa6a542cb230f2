"""Job scheduling for a fountain pen repair bench."""
