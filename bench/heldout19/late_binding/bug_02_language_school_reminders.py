"""Class reminder scheduling for a language school."""

import heapq


class Scheduler:
    def __init__(self):
        self._queue = []
        self._seq = 0

    def at(self, minute, callback):
        heapq.heappush(self._queue, (minute, self._seq, callback))
        self._seq += 1

    def run(self):
        out = []
        while self._queue:
            minute, _, callback = heapq.heappop(self._queue)
            out.append((minute, callback()))
        return out


def schedule_reminders(scheduler, timetable):
    for lesson in timetable:
        course, teacher, start = lesson

        def remind():
            return f"{course} with {teacher} starts at minute {start}"

        scheduler.at(start - 10, remind)


def main():
    timetable = [
        ("Spanish A1", "Lucia", 60),
        ("German B2", "Jonas", 120),
        ("Japanese A2", "Aiko", 180),
    ]
    sched = Scheduler()
    schedule_reminders(sched, timetable)
    sent = sched.run()
    for minute, text in sent:
        print(minute, text)
    courses = [text.split(" with ")[0] for _, text in sent]
    if courses != ["Spanish A1", "German B2", "Japanese A2"]:
        print("BUG SHOWN")
    else:
        print("reminders correct")


if __name__ == "__main__":
    main()
