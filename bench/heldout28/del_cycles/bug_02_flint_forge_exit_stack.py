"""Flint forge: session objects for a blacksmith-forge controller.

A forge session lights the burner, opens the bellows valve and keeps a
``contextlib.ExitStack`` of clean-up steps; its finaliser unwinds the stack
so a dropped session never leaves the burner lit.
"""
import contextlib
import gc
from dataclasses import dataclass, field

HARDWARE_LOG = []


@dataclass
class Burner:
    name: str
    lit: bool = False
    history: list = field(default_factory=list)

    def ignite(self):
        self.lit = True
        HARDWARE_LOG.append(f"{self.name} lit")

    def extinguish(self):
        self.lit = False
        HARDWARE_LOG.append(f"{self.name} out")


class ForgeSession:
    def __init__(self, burner):
        self.burner = burner
        self.heats = []
        self._cleanup = contextlib.ExitStack()
        burner.ignite()
        self._cleanup.callback(self._shut_down, reason="session released")

    def _shut_down(self, reason):
        if self.burner.lit:
            self.burner.extinguish()
            self.burner.history.append(reason)

    def heat(self, workpiece, target_c):
        self.heats.append((workpiece, target_c))
        return f"{workpiece} brought to {target_c} C"

    def __del__(self):
        self._cleanup.close()


def run_job(burner, pieces):
    session = ForgeSession(burner)
    return [session.heat(piece, temp) for piece, temp in pieces]


def main():
    gc.disable()
    try:
        burner = Burner("forge-west")
        for line in run_job(burner, [("fire steel", 820), ("flint striker", 760)]):
            print(line)
        lit_after_job = burner.lit
        print(f"burner lit after the job returned: {lit_after_job}")
        gc.collect()
        print(f"burner lit after a full collection: {burner.lit}")
    finally:
        gc.enable()
    print("hardware log:", HARDWARE_LOG)
    if lit_after_job:
        print("the burner kept burning after the session was dropped")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
