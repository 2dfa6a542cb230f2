from .alarms import DepthAlarm, DiveComputer
from .course import register_level_alerts


def main():
    alarm = DepthAlarm()
    log = []
    register_level_alerts(alarm, log)
    deepest = DiveComputer(alarm).dive([6, 12, 17, 21, 9])
    print("deepest point:", deepest)
    print("alerts:", log)
    if log != [("open_water", 3)]:
        print("open water student flagged with the wrong level")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
