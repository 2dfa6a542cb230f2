import gc

from . import valves
from .greenhouse import GreenhouseZone


def morning_cycle():
    zone = GreenhouseZone("roof-B", crop="butterhead lettuce")
    for percent in (20, 45, 70):
        zone.water(percent)
    print("alarms:", zone.alarms)
    return zone


def main():
    gc.disable()
    try:
        zone = morning_cycle()
        print("open during cycle:", dict(valves.OPEN_VALVES))
        del zone
        open_after_release = dict(valves.OPEN_VALVES)
        gc.collect()
        open_after_collect = dict(valves.OPEN_VALVES)
    finally:
        gc.enable()
    print("open after release:", open_after_release)
    print("open after collect:", open_after_collect)
    if open_after_release and not open_after_collect:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
