import gc

from .courier import CourierSession
from .uplink import UplinkPool


def shift(pool, rider, parcels):
    session = CourierSession(pool, rider)
    for parcel in parcels:
        session.send(parcel)
    session.finish()


def main():
    pool = UplinkPool(size=2)
    gc.disable()
    try:
        shift(pool, "Vega", ["P-101 bakery", "P-102 florist"])
        print(f"delivered: {pool.sent}")
        print(f"uplinks in use after Vega's shift: {sorted(pool.in_use)}")
        shift(pool, "Halley", [])
        held = sorted(pool.in_use)
        print(f"uplinks in use after Halley's quiet shift: {held}")
        gc.collect()
        print(f"after a collector pass: {sorted(pool.in_use)}")
    finally:
        gc.enable()
    if held:
        print("BUG SHOWN")
    else:
        print("uplinks released promptly")


if __name__ == "__main__":
    main()
