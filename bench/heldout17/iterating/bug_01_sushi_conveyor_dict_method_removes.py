"""Sushi conveyor: plates older than the freshness window are pulled off."""


class Plate:
    def __init__(self, plate_id, dish, placed_at, colour):
        self.plate_id = plate_id
        self.dish = dish
        self.placed_at = placed_at
        self.colour = colour


class Conveyor:
    FRESH_MINUTES = 30

    def __init__(self):
        self.plates = {}
        self.wasted = []

    def place(self, plate):
        self.plates[plate.plate_id] = plate

    def discard(self, plate_id):
        plate = self.plates.pop(plate_id)
        self.wasted.append(plate.dish)

    def is_stale(self, plate, now):
        return now - plate.placed_at > self.FRESH_MINUTES

    def sweep(self, now):
        for plate_id, plate in self.plates.items():
            if self.is_stale(plate, now):
                self.discard(plate_id)
        return len(self.plates)


def main():
    belt = Conveyor()
    for i, (dish, t) in enumerate([("salmon nigiri", 0), ("tamago", 5),
                                   ("ebi", 40), ("unagi", 2)]):
        belt.place(Plate(i, dish, t, "blue"))
    try:
        left = belt.sweep(now=45)
    except RuntimeError as exc:
        print("sweep aborted:", exc, "wasted so far:", belt.wasted)
        print("BUG SHOWN")
        return
    print("plates left", left)
    print("OK")


if __name__ == "__main__":
    main()
