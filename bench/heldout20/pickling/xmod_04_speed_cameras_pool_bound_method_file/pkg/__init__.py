"""Speed camera processing."""
