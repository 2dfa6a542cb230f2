from .bookings import book_guest, open_day, FullError


def main():
    sessions = open_day(["Birch", "Cedar"], [17, 18, 19])
    birch_5pm, cedar_7pm = sessions[0], sessions[-1]
    for name in ["Aino", "Eero", "Liisa"]:
        book_guest(birch_5pm, name)
    print(cedar_7pm.label(), "guests:", cedar_7pm.guests)
    try:
        book_guest(cedar_7pm, "Matti")
        book_guest(cedar_7pm, "Helmi")
        book_guest(cedar_7pm, "Juho")
        full = False
    except FullError:
        full = True
    if cedar_7pm.guests != ["Matti", "Helmi", "Juho"] or full:
        print("cedar full after", len(cedar_7pm.guests), "bookings:", full)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
