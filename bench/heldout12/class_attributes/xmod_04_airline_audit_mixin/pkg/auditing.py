from datetime import datetime, timezone


class AuditTrailMixin:
    _audit_entries = []
    audit_category = "generic"

    def _audit(self, action, **details):
        entry = {
            "at": datetime(2026, 3, 1, tzinfo=timezone.utc).isoformat(),
            "category": self.audit_category,
            "subject": self.audit_subject(),
            "action": action,
            **details,
        }
        self._audit_entries.append(entry)
        return entry

    def audit_subject(self):
        return repr(self)

    def audit_history(self):
        return [e["action"] for e in self._audit_entries]
