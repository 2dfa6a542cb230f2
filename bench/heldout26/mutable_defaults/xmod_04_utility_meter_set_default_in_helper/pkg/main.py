from .meters import WaterMeter


def poll(meters, readings):
    for serial, values in readings:
        meters[serial].ingest(*values)


def main():
    meters = {
        "WM-7001": WaterMeter("WM-7001", "12 Rowan Terrace"),
        "WM-7002": WaterMeter("WM-7002", "3 Sycamore Yard"),
    }
    poll(meters, [
        ("WM-7001", (1200, 9.5)),
        ("WM-7002", (800, 0.0)),
        ("WM-7001", (1450, 11.0)),
        ("WM-7002", (1010, 7.2)),
    ])
    for meter in meters.values():
        print(meter.serial, meter.premises, meter.outbox)

    leaking = {serial for m in meters.values() for serial, code in m.outbox if code == "LEAK"}
    if leaking != {"WM-7001", "WM-7002"}:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
