"""Audit trail mixin used by every kind of workshop ticket."""

import itertools

_clock = itertools.count(1)


class AuditMixin:
    audit_log = []

    def note(self, action, detail=""):
        self.audit_log.append((next(_clock), type(self).__name__, action, detail))

    def history(self):
        return [entry[2] for entry in self.audit_log]
