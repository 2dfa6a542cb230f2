"""Order handling for a flower shop's web store."""
