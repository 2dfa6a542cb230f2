"""Kernel keyring: an in-process secret store for a build service.

The keyring is shared by worker threads, so it guards its entries with a
re-entrant lock.  Before a risky rotation, the service takes a deep copy
of the keyring to roll back to.
"""
import copy
import threading
import time
from dataclasses import dataclass


@dataclass
class KeyEntry:
    name: str
    material: bytes
    created: float
    revoked: bool = False


class Keyring:
    def __init__(self, owner):
        self.owner = owner
        self._entries = {}
        self._lock = threading.RLock()

    def add(self, name, material):
        with self._lock:
            self._entries[name] = KeyEntry(name, material, time.monotonic())

    def revoke(self, name):
        with self._lock:
            self._entries[name].revoked = True

    def active(self):
        with self._lock:
            return sorted(n for n, e in self._entries.items() if not e.revoked)


class RotationJob:
    def __init__(self, keyring):
        self.keyring = keyring
        self.backup = None

    def prepare(self):
        self.backup = copy.deepcopy(self.keyring)

    def rotate(self, name, new_material):
        self.prepare()
        self.keyring.revoke(name)
        self.keyring.add(f"{name}.next", new_material)
        return self.keyring.active()

    def rollback(self):
        self.keyring = self.backup


def main():
    ring = Keyring("kernel-builds")
    ring.add("signing", b"\x01" * 32)
    ring.add("upload", b"\x02" * 32)
    job = RotationJob(ring)
    try:
        print("after rotation:", job.rotate("signing", b"\x03" * 32))
    except TypeError as exc:
        print(f"rotation aborted before it started: {exc}")
        print("active keys unchanged:", ring.active())
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
