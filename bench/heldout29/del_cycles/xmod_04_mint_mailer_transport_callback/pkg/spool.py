"""Process-wide spool of flushed outboxes (stands in for a disk queue)."""

FLUSHED = []


def flush(owner, messages):
    FLUSHED.append((owner, list(messages)))
