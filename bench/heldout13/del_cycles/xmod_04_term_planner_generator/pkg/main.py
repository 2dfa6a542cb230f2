import gc

from .planner import TermPlanner
from .rooms import RoomBookingService


class Department:
    def __init__(self, service):
        self.service = service
        self.planners = {}

    def start_term(self, group):
        self.planners[group] = TermPlanner(group, self.service)
        return self.planners[group]

    def close_term(self, group):
        self.planners.pop(group)


def main():
    gc.disable()
    try:
        service = RoomBookingService()
        science = Department(service)
        planner = science.start_term("10C")
        assert planner.place("biology", "lab-2") == ("mon", 1)
        assert planner.place("physics", "lab-1") == ("mon", 2)
        del planner
        science.close_term("10C")
        assert service.held_by("planner:10C") == ["lab-1", "lab-2"]
        gc.collect()
        assert service.held_by("planner:10C") == []
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
