"""Job types: recurring jobs re-arm themselves, one-shot jobs cancel."""


class RecurringJob:
    def __init__(self, name, every, start=0):
        self.name = name
        self.every = every
        self.due_at = start

    def run(self, scheduler, now):
        self.due_at = now + self.every


class OneShotJob:
    def __init__(self, name, at):
        self.name = name
        self.due_at = at
        self.done = False

    def run(self, scheduler, now):
        self.done = True
        scheduler.cancel(self)
