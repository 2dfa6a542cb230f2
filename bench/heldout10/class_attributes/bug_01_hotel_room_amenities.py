class Room:
    amenities = []
    nightly_rate = 100

    def __init__(self, number, kind):
        self.number = number
        self.kind = kind

    def add_amenity(self, name):
        if name not in self.amenities:
            self.amenities.append(name)
        return self

    def describe(self):
        extras = ", ".join(self.amenities) or "none"
        return f"{self.number} ({self.kind}): {extras}"


class Hotel:
    def __init__(self, name):
        self.name = name
        self.rooms = {}

    def build_room(self, number, kind, *amenities):
        room = Room(number, kind)
        for item in amenities:
            room.add_amenity(item)
        self.rooms[number] = room
        return room

    def upgrade(self, number, rate):
        self.rooms[number].nightly_rate = rate


def main():
    hotel = Hotel("Harbour View")
    hotel.build_room(101, "single")
    hotel.build_room(305, "suite", "jacuzzi", "minibar")
    hotel.upgrade(305, 340)
    assert hotel.rooms[101].nightly_rate == 100
    assert hotel.rooms[101].amenities == ["jacuzzi", "minibar"], hotel.rooms[101].describe()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
