"""Room allocation for a hostel: dorms and private rooms share a base class."""


class Room:
    beds = 1
    occupants = []

    def __init__(self, number):
        self.number = number

    def has_space(self):
        return len(self.occupants) < self.beds

    def check_in(self, guest):
        if not self.has_space():
            raise ValueError(f"room {self.number} full")
        self.occupants.append(guest)

    def check_out(self, guest):
        self.occupants.remove(guest)


class Dorm(Room):
    beds = 6


class Private(Room):
    beds = 2


class Hostel:
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}

    def allocate(self, guest, number):
        self.rooms[number].check_in(guest)

    def occupancy(self):
        return {n: list(r.occupants) for n, r in self.rooms.items()}


def main():
    hostel = Hostel([Dorm(1), Dorm(2), Private(10)])
    hostel.allocate("Ines", 1)
    hostel.allocate("Kofi", 1)
    hostel.allocate("Lena", 2)
    occ = hostel.occupancy()
    print(occ)
    try:
        hostel.allocate("Mira", 10)
        full_private = False
    except ValueError as exc:
        print("allocation refused:", exc)
        full_private = True
    if occ[2] != ["Lena"] or full_private:
        print("BUG SHOWN")
    else:
        print("rooms independent")


if __name__ == "__main__":
    main()
