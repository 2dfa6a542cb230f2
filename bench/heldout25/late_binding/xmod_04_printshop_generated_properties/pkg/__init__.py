"""Job tickets and quoting for a print shop."""
