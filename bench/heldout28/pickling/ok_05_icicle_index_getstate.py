"""Icicle index: an in-memory search index for a winter-sports photo archive.

The index is shared by request threads, so it holds a lock and an open
"journal" handle; it is snapshotted with pickle and copied with deepcopy.
Unpicklable runtime state is dropped in ``__getstate__`` and rebuilt in
``__setstate__``, and the ranking key is a module-level function.
"""
import copy
import io
import pickle
import threading
from collections import defaultdict


def rank_key(hit):
    return (-hit[1], hit[0])


class IcicleIndex:
    def __init__(self, name):
        self.name = name
        self.postings = defaultdict(set)
        self.key = rank_key
        self._lock = threading.RLock()
        self._journal = io.StringIO()

    def add(self, photo_id, caption):
        with self._lock:
            for word in caption.lower().split():
                self.postings[word].add(photo_id)
            self._journal.write(f"add {photo_id}\n")

    def search(self, *words):
        with self._lock:
            scores = defaultdict(int)
            for word in words:
                for photo_id in self.postings.get(word.lower(), ()):
                    scores[photo_id] += 1
        return sorted(scores.items(), key=self.key)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        del state["_journal"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.RLock()
        self._journal = io.StringIO()


def main():
    index = IcicleIndex("icicles-2024")
    index.add("P1", "icicles over frozen falls")
    index.add("P2", "ice climber on frozen icicles")
    index.add("P3", "snow drift")

    restored = pickle.loads(pickle.dumps(index))
    cloned = copy.deepcopy(index)
    cloned.add("P4", "icicles")

    print("original:", index.search("icicles", "frozen"))
    print("restored:", restored.search("icicles", "frozen"))
    print("clone:   ", cloned.search("icicles"))

    assert restored.search("icicles", "frozen") == index.search("icicles", "frozen")
    assert [p for p, _ in cloned.search("icicles")] == ["P1", "P2", "P4"]
    assert "P4" not in index.postings["icicles"]
    assert restored._lock is not index._lock
    print("OK")


if __name__ == "__main__":
    main()
