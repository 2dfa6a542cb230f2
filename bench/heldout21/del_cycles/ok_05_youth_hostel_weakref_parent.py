"""Youth hostel: dorms belong to a hostel and notify it when beds change."""
import gc
import weakref

gc.disable()

CLOSED = []


class Dorm:
    def __init__(self, name, beds, hostel):
        self.name = name
        self.beds = beds
        self.guests = []
        self._hostel = weakref.ref(hostel)

    def check_in(self, guest):
        self.guests.append(guest)
        hostel = self._hostel()
        if hostel is not None:
            hostel.changed(self)


class Hostel:
    def __init__(self, town):
        self.town = town
        self.dorms = []
        self.changes = 0
        self.listeners = []

    def add_dorm(self, name, beds):
        dorm = Dorm(name, beds, self)
        self.dorms.append(dorm)
        return dorm

    def changed(self, dorm):
        self.changes += 1
        for ref in self.listeners:
            fn = ref()
            if fn is not None:
                fn(dorm)

    def watch(self):
        self.listeners.append(weakref.WeakMethod(self._note))

    def _note(self, dorm):
        pass

    def __del__(self):
        CLOSED.append(self.town)


def main():
    hostel = Hostel("Keswick")
    hostel.watch()
    hostel.add_dorm("Skiddaw", 8).check_in("Mina")
    hostel.add_dorm("Catbells", 4).check_in("Olu")
    assert hostel.changes == 2
    del hostel
    assert CLOSED == ["Keswick"], CLOSED
    print("closed:", CLOSED)
    print("OK")


if __name__ == "__main__":
    main()
