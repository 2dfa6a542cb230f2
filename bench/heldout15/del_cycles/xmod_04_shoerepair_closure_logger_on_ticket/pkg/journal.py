import time

OPEN_TICKETS = set()


def make_logger(owner, prefix):
    """Return a function that timestamps messages into owner.history."""
    started = time.monotonic()

    def log(message):
        elapsed = round(time.monotonic() - started, 3)
        owner.history.append(f"[{prefix} +{elapsed:.0f}s] {message}")
        return len(owner.history)

    return log
