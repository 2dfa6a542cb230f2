class InvalidTransition(Exception):
    pass


class StateMachine:
    initial = None
    transitions = {}

    @classmethod
    def allow(cls, source, *targets):
        cls.transitions.setdefault(source, set()).update(targets)
        return cls

    def __init__(self):
        self.state = self.initial

    def can(self, target):
        return target in self.transitions.get(self.state, ())

    def go(self, target):
        if not self.can(target):
            raise InvalidTransition(f"{type(self).__name__}: {self.state} -> {target}")
        self.state = target
