"""Rope course check-in: records harness checks for each climbing group."""


def record_check(log, climber, station):
    log.append((climber, station))
    return log


def harness_checks(group, stations, log=[]):
    """Return the list of (climber, station) checks for one group."""
    for climber in group:
        for station in stations:
            record_check(log, climber, station)
    return log


class Course:
    def __init__(self, name, stations):
        self.name = name
        self.stations = stations
        self.sessions = {}

    def check_in(self, session_id, group):
        self.sessions[session_id] = harness_checks(group, self.stations)
        return len(self.sessions[session_id])

    def audit(self, session_id):
        climbers = {c for c, _ in self.sessions[session_id]}
        return sorted(climbers)


def main():
    course = Course("Treetop Trail", ["zipline", "cargo net"])
    course.check_in("morning", ["Ada", "Ben"])
    course.check_in("afternoon", ["Cleo"])
    afternoon = course.audit("afternoon")
    print("afternoon climbers:", afternoon)
    if afternoon != ["Cleo"]:
        print("afternoon log has", len(course.sessions["afternoon"]), "checks, expected 2")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
