"""Work handed to a process pool by a helper of another module."""
