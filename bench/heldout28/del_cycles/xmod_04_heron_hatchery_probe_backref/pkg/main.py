import gc

from .heater import RELAY_LOG, HeaterRelay
from .incubator import Incubator


def hatch_batch(relay, readings):
    cabinet = Incubator("cabinet-H2", relay)
    for slot, celsius in readings:
        cabinet.probes[slot].report(celsius)
    return dict(cabinet.readings)


def main():
    relay = HeaterRelay(channel=4)
    gc.disable()
    try:
        readings = hatch_batch(relay, [(0, 36.9), (1, 37.1), (2, 37.0)])
        print("final readings:", readings)
        heater_on_after = relay.on
        print(f"heater on after the cabinet was dropped: {heater_on_after}")
        gc.collect()
        print(f"heater on after a full collection: {relay.on}")
    finally:
        gc.enable()
    print("relay log:", RELAY_LOG)
    if heater_on_after:
        print("the relay stayed on for a cabinet nobody references any more")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
