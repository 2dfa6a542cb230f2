"""Hat records and the rack that holds them."""
import os
from dataclasses import dataclass


@dataclass
class Hat:
    code: str
    style: str
    size_cm: int
    production: str = ""


class Rack:
    def __init__(self, name, audit_dir):
        self.name = name
        self.hats = {}
        self._audit = open(os.path.join(audit_dir, f"{name}.audit.log"), "a", encoding="utf-8")

    def _log(self, message):
        self._audit.write(message + "\n")
        self._audit.flush()

    def shelve_hat(self, hat):
        self.hats[hat.code] = hat
        self._log(f"in  {hat.code} {hat.style}")

    def lend(self, code, production):
        hat = self.hats[code]
        hat.production = production
        self._log(f"out {code} -> {production}")
        return hat

    def close(self):
        self._audit.close()
