class RoomType:
    amenities = frozenset({"wifi"})
    base_rate = 100

    def __init_subclass__(cls, amenities=(), rate=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.amenities = cls.amenities | frozenset(amenities)
        if rate is not None:
            cls.base_rate = rate

    def __init__(self, number):
        self.number = number
        self.requests = []
        self.blocked_dates = ()

    def request(self, item):
        self.requests.append(item)

    def block(self, date):
        self.blocked_dates = self.blocked_dates + (date,)

    def has(self, amenity):
        return amenity in self.amenities


class Standard(RoomType, amenities=("tv",)):
    pass


class Suite(Standard, amenities=("minibar", "bathtub"), rate=320):
    pass


class FrontDesk:
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}

    def special_request(self, number, item):
        self.rooms[number].request(item)

    def close_for_maintenance(self, number, date):
        self.rooms[number].block(date)


if __name__ == "__main__":
    desk = FrontDesk([Standard(101), Standard(102), Suite(501)])
    desk.special_request(101, "extra pillow")
    desk.close_for_maintenance(102, "2024-05-01")

    assert desk.rooms[101].requests == ["extra pillow"]
    assert desk.rooms[102].requests == [] and desk.rooms[501].requests == []
    assert desk.rooms[102].blocked_dates == ("2024-05-01",)
    assert desk.rooms[101].blocked_dates == () and RoomType.__dict__.get("blocked_dates") is None
    assert desk.rooms[501].has("minibar") and desk.rooms[501].has("tv")
    assert not desk.rooms[101].has("minibar")
    assert RoomType.amenities == frozenset({"wifi"})
    assert Suite.base_rate == 320 and Standard.base_rate == 100
    print("OK")
