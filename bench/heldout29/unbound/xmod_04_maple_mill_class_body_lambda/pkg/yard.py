"""Log yard: holds incoming logs and hands them to the saw in order."""
from .grading import GradeRules


class LogYard:
    def __init__(self, rules=GradeRules):
        self.rules = rules
        self.logs = []
        self.rejected = []

    def receive(self, log):
        if self.rules.is_sawable(log):
            self.logs.append(log)
        else:
            self.rejected.append(log)

    def saw_order(self):
        return sorted(self.logs, key=self.rules.sort_key, reverse=True)
