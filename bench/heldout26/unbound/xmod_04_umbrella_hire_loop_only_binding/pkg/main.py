from .kiosk import Kiosk


def evening_close(kiosks):
    reports = []
    for kiosk in kiosks:
        reports.append(kiosk.close_day())
    return reports


def main():
    station_square = Kiosk("Station Square", ["U-01", "U-02", "U-03"])
    riverside = Kiosk("Riverside", ["U-10", "U-11"])

    station_square.lend("U-01", "alice")
    station_square.lend("U-02", "bob")
    station_square.take_back("U-01", hours_out=3)
    station_square.take_back("U-02", hours_out=30)
    riverside.lend("U-10", "carol")

    try:
        reports = evening_close([station_square, riverside])
    except NameError as exc:
        print(f"evening close failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for report in reports:
        print(report)
    print("OK")


if __name__ == "__main__":
    main()
