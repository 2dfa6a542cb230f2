from .events import Signal, on_status_change

DISPOSAL_LOG = []


class LostItem:
    def __init__(self, ref, description):
        self.ref = ref
        self.description = description
        self.status = "logged"
        self.changed = Signal()
        on_status_change(self.changed, self, "status")

    def __repr__(self):
        return f"<{self.ref} {self.description}>"

    def claim(self, claimant):
        self.changed.send(f"claimed by {claimant}")

    def __del__(self):
        DISPOSAL_LOG.append(self.ref)
