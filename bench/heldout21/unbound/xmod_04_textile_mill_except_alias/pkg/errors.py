"""Errors raised by the loom controllers."""


class LoomFault(Exception):
    def __init__(self, loom, code):
        super().__init__(f"loom {loom} fault {code}")
        self.loom = loom
        self.code = code


class ThreadBreak(LoomFault):
    pass
