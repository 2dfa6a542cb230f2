"""Kiln firing sessions at a pottery studio: back-references are weak."""

import gc
import weakref

gc.disable()

UNLOADED = []


class Pot:
    def __init__(self, session, maker, glaze):
        self._session = weakref.ref(session)
        self.maker = maker
        self.glaze = glaze

    @property
    def session(self):
        return self._session()

    def report_crack(self):
        session = self.session
        if session is not None:
            session.log.append(f"crack in {self.maker}'s {self.glaze} pot")


class KilnSession:
    def __init__(self, kiln, cone):
        self.kiln = kiln
        self.cone = cone
        self.log = []
        self.pots = []
        self.on_done = weakref.WeakMethod(self._unload)

    def load(self, maker, glaze):
        pot = Pot(self, maker, glaze)
        self.pots.append(pot)
        return pot

    def _unload(self):
        return len(self.pots)

    def fire(self):
        handler = self.on_done()
        return handler() if handler is not None else 0

    def __del__(self):
        UNLOADED.append(self.kiln)


def main():
    session = KilnSession("Kiln A", cone=6)
    session.load("Jun", "celadon").report_crack()
    session.load("Bea", "tenmoku")
    assert session.fire() == 2
    assert session.log == ["crack in Jun's celadon pot"]
    pot = session.pots[0]
    del session
    assert UNLOADED == ["Kiln A"], UNLOADED
    assert pot.session is None
    print("OK")


if __name__ == "__main__":
    main()
