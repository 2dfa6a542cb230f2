"""Language school timetable.

Each lesson books a classroom.  The school bell notifies lessons when a
period ends so they can log attendance; lessons subscribe with a weak
reference so the bell never keeps a finished lesson alive, and a lesson
hands its classroom back as soon as it is discarded.
"""
import gc
import weakref


class Rooms:
    def __init__(self, names):
        self.booked = {name: None for name in names}

    def book(self, room, lesson):
        if self.booked[room]:
            raise RuntimeError(f"{room} taken by {self.booked[room]}")
        self.booked[room] = lesson

    def free(self, room):
        self.booked[room] = None

    def in_use(self):
        return {room: who for room, who in self.booked.items() if who}


ROOMS = Rooms(["Hanoi", "Istanbul", "Jakarta", "Kyoto", "Lisbon"])


class SchoolBell:
    def __init__(self):
        self._subscribers = []

    def subscribe(self, bound_method):
        self._subscribers.append(weakref.WeakMethod(bound_method))

    def ring(self, period):
        alive = []
        for ref in self._subscribers:
            method = ref()
            if method is not None:
                method(period)
                alive.append(ref)
        self._subscribers = alive
        return len(alive)


class Lesson:
    def __init__(self, code, language, room, bell):
        ROOMS.book(room, code)
        self.code = code
        self.language = language
        self.room = room
        self.attendance = []
        bell.subscribe(self.on_bell)

    def on_bell(self, period):
        self.attendance.append(period)

    def __del__(self):
        ROOMS.free(self.room)


def teach(bell, code, language, room, periods):
    lesson = Lesson(code, language, room, bell)
    for period in periods:
        bell.ring(period)
    return len(lesson.attendance)


def main():
    gc.disable()
    try:
        bell = SchoolBell()
        morning = Lesson("IT-B1", "Italian", "Istanbul", bell)
        heard = teach(bell, "JA-A2", "Japanese", "Kyoto", ["P1", "P2"])
        in_use = ROOMS.in_use()
        listeners = bell.ring("P3")
        print(f"Japanese lesson heard {heard} bells, rooms in use now: {in_use}")
        print(f"listeners at P3: {listeners}, Italian attendance {morning.attendance}")
        del morning
        after = ROOMS.in_use()
        print(f"rooms in use after the Italian lesson ends: {after}")
    finally:
        gc.enable()
    checks = [heard == 2, in_use == {"Istanbul": "IT-B1"}, listeners == 1, after == {}]
    print("OK" if all(checks) else f"unexpected timetable state {checks}")


if __name__ == "__main__":
    main()
