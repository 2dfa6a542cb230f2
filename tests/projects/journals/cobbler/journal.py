OPEN = set()


def make_logger(owner, prefix):
    """A function that appends timestamped lines to owner.history."""
    def log(message):
        owner.history.append(f"[{prefix}] {message}")
    return log


def make_printer(prefix):
    """A function that holds only the prefix."""
    def log(message):
        return f"[{prefix}] {message}"
    return log
