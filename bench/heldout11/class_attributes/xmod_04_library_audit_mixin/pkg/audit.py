import itertools

_sequence = itertools.count(1)


class AuditMixin:
    history = []

    def _audit(self, action, **details):
        entry = {"seq": next(_sequence), "subject": self.audit_key(), "action": action}
        entry.update(details)
        self.history.append(entry)

    def audit_key(self):
        return f"{type(self).__name__}:{id(self)}"

    def audit_trail(self):
        return [e["action"] for e in self.history]
