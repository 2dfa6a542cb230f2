class StageFailed(Exception):
    def __init__(self, stage, code):
        super().__init__(f"{stage} exited with {code}")
        self.stage = stage
        self.code = code


class Stage:
    def __init__(self, name, commands, allow_failure=False):
        self.name = name
        self.commands = commands
        self.allow_failure = allow_failure

    def execute(self, env):
        for cmd in self.commands:
            code = env.get(cmd, 0)
            if code:
                raise StageFailed(self.name, code)
        return len(self.commands)
