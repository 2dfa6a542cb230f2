from .hooks import hooks

COUNTERS = {}


def _bump(name, amount):
    COUNTERS[name] = COUNTERS.get(name, 0) + amount
    return name


def install(events):
    for event, counter_name in events.items():
        def on_event(size):
            return _bump(counter_name, size)
        hooks.register(event, on_event)
