"""Nimbus notary: document signing queue for a cloud notary service.

Signers subscribe to document events and may cancel themselves; expired
documents are purged and unsigned ones re-queued.  All loops iterate over
snapshots (or build new containers) so the underlying collections can be
changed safely while walking them.
"""
import itertools
from collections import deque
from dataclasses import dataclass


@dataclass
class Document:
    doc_id: str
    signatures_needed: int
    expired: bool = False


class Notary:
    def __init__(self):
        self.pending = {}
        self.queue = deque()
        self.listeners = {}
        self._tokens = itertools.count(1)
        self.notarised = []

    def subscribe(self, callback):
        token = next(self._tokens)
        self.listeners[token] = callback
        return token

    def unsubscribe(self, token):
        self.listeners.pop(token, None)

    def _emit(self, event, doc):
        for token, callback in list(self.listeners.items()):
            callback(token, event, doc)

    def submit(self, doc):
        self.pending[doc.doc_id] = doc
        self.queue.append(doc.doc_id)

    def purge_expired(self):
        for doc_id, doc in list(self.pending.items()):
            if doc.expired:
                del self.pending[doc_id]
                self._emit("expired", doc)
        self.queue = deque(d for d in self.queue if d in self.pending)

    def sign_round(self):
        for _ in range(len(self.queue)):
            doc = self.pending[self.queue.popleft()]
            doc.signatures_needed -= 1
            if doc.signatures_needed > 0:
                self.queue.append(doc.doc_id)
            else:
                self.notarised.append(doc.doc_id)
                self._emit("notarised", doc)


def main():
    notary = Notary()
    seen = []

    def first_notice(token, event, doc):
        seen.append((event, doc.doc_id))
        notary.unsubscribe(token)

    notary.subscribe(first_notice)
    notary.subscribe(lambda token, event, doc: seen.append(("audit", doc.doc_id)))
    for doc in [Document("N-1", 1), Document("N-2", 2, expired=True),
                Document("N-3", 2), Document("N-4", 1)]:
        notary.submit(doc)
    notary.purge_expired()
    notary.sign_round()
    notary.sign_round()
    assert notary.notarised == ["N-1", "N-4", "N-3"], notary.notarised
    assert seen == [("expired", "N-2"), ("audit", "N-2"), ("audit", "N-1"),
                    ("audit", "N-4"), ("audit", "N-3")], seen
    assert "N-2" not in notary.pending and len(notary.listeners) == 1
    print("notarised:", notary.notarised)
    print("OK")


if __name__ == "__main__":
    main()
