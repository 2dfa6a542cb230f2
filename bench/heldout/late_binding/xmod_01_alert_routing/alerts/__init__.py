"""Alert routing: bus, channel wiring and a demo entry point."""
