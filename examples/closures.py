"""Late-binding closures: every callback sees the loop variable's last value.
(Rule SNG301.)
"""


def make_handlers():
    handlers = []
    for name in ["open", "save", "quit"]:
        handlers.append(lambda: print("clicked", name))  # all print "quit"
    return handlers


if __name__ == "__main__":
    for handler in make_handlers():
        handler()
