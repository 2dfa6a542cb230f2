import gc


class RoomUnavailable(Exception):
    pass


class Inventory:
    def __init__(self, rooms):
        self.free = set(rooms)
        self.held = set()

    def hold(self, room):
        self.free.discard(room)
        self.held.add(room)

    def release(self, room):
        self.held.discard(room)
        self.free.add(room)


class ReservationHold:
    def __init__(self, inventory, room, guest):
        self.inventory = inventory
        self.room = room
        self.guest = guest
        self.error = None
        inventory.hold(room)

    def _charge(self, card):
        if card.startswith("0000"):
            raise RoomUnavailable(f"card declined for {self.guest}")
        return "confirmed"

    def confirm(self, card):
        try:
            return self._charge(card)
        except RoomUnavailable as exc:
            self.error = exc
            return "declined"

    def __del__(self):
        if self.error is not None:
            self.inventory.release(self.room)


def main():
    gc.disable()
    try:
        inventory = Inventory({"501", "502"})
        hold = ReservationHold(inventory, "501", "p.ruiz")
        assert hold.confirm("0000-1111") == "declined"
        del hold
        assert "501" in inventory.held, inventory.held
        gc.collect()
        assert "501" in inventory.free and not inventory.held
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
