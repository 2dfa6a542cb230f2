class Job:
    def __init__(self, name):
        self.name = name
        self.log = []
        self.outcome = None

    def step(self):
        raise NotImplementedError

    def finish(self, error):
        self.outcome = "failed" if error else "done"

    def execute(self):
        try:
            result = self.step()
        except (OSError, ValueError) as failure:
            self.log.append(("failed", str(failure)))
        else:
            self.log.append(("ok", result))
        self.finish(failure if self.log[-1][0] == "failed" else None)
        return self.outcome
