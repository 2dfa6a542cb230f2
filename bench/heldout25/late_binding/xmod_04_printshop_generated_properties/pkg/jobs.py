"""Job ticket model."""
from .fields import record_fields


@record_fields("paper", "copies", "finish")
class PrintJob:
    def __init__(self, ticket, **values):
        self.ticket = ticket
        self._values = {}
        for key in self._fields:
            if key in values:
                setattr(self, key, values[key])

    def as_dict(self):
        return {key: getattr(self, key) for key in self._fields}

    def __repr__(self):
        return f"PrintJob({self.ticket}, {self.as_dict()})"
