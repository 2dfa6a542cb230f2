"""Railway signalling: route setting over track blocks."""
