from .rooms import RoomHolder

DAYS = ("mon", "tue", "wed", "thu", "fri")


class TermPlanner(RoomHolder):
    def __init__(self, group, service, periods_per_day=3):
        super().__init__(f"planner:{group}", service)
        self.group = group
        self.periods_per_day = periods_per_day
        self._slots = self._free_slots()
        self.plan = {}

    def _free_slots(self):
        for day in DAYS:
            for period in range(1, self.periods_per_day + 1):
                if (day, period) not in self.plan:
                    yield day, period

    def place(self, subject, room):
        slot = next(self._slots)
        self.plan[slot] = (subject, room)
        self.hold(room)
        return slot
