"""Run a batch through fermentation, bottle it, and free the tank."""
import gc

from .fermenter import Fermenter
from .plant import BOARD


def brew(batch, tank, raw_readings):
    vessel = Fermenter(batch, tank, probe_serial="PH-2210")
    vessel.probe.calibrate(buffer_reading=6.95)
    for raw in raw_readings:
        vessel.probe.sample(raw)
    return vessel.ready_to_bottle(), vessel.readings


def main():
    gc.disable()
    try:
        ready, readings = brew("hibiscus-ginger #41", "FV-2", [4.4, 3.9, 3.5, 3.15])
        print(f"pH trace {readings}, bottled: {ready}")
        busy = BOARD.busy()
        print(f"tanks busy after bottling: {busy}")
        gc.collect()
        print(f"after a full collection: {BOARD.busy()}")
    finally:
        gc.enable()
    if busy:
        print("bottled batch kept its tank allocated")
        print("BUG SHOWN")
    else:
        print("tank released")


if __name__ == "__main__":
    main()
