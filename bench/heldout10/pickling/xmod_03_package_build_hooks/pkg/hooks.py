class BuildHook:
    registry = {}

    def __init__(self, phase, func, order):
        self.phase = phase
        self.func = func
        self.order = order
        self.name = func.__name__

    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)


def build_hook(phase, order=50):
    def register(func):
        hook = BuildHook(phase, func, order)
        BuildHook.registry.setdefault(phase, []).append(hook)
        return hook
    return register


def hooks_for(phase):
    return sorted(BuildHook.registry.get(phase, []), key=lambda h: h.order)
