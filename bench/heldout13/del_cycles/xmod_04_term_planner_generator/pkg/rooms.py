class RoomBookingService:
    def __init__(self):
        self.holds = {}

    def hold(self, owner, room):
        self.holds.setdefault(room, set()).add(owner)

    def release_all(self, owner):
        for owners in self.holds.values():
            owners.discard(owner)

    def held_by(self, owner):
        return sorted(room for room, owners in self.holds.items() if owner in owners)


class RoomHolder:
    def __init__(self, owner, service):
        self.owner = owner
        self.service = service

    def hold(self, room):
        self.service.hold(self.owner, room)

    def __del__(self):
        self.service.release_all(self.owner)
