import datetime

from .bookings import Booking, quote, total


def main():
    requests = [
        Booking("Ahmed", "harbour-view", datetime.date(2024, 7, 10), datetime.date(2024, 7, 13)),
        Booking("Brigid", "courtyard", datetime.date(2024, 2, 3), datetime.date(2024, 2, 5)),
        Booking("Chen", "suite", datetime.date(2024, 4, 18), datetime.date(2024, 4, 20)),
    ]
    for booking in requests:
        try:
            lines = quote(booking)
        except UnboundLocalError as exc:
            print(f"quote for {booking.guest} crashed: {exc}")
            print("BUG SHOWN")
            return
        print(f"{booking.guest}: {len(lines)} nights, total {total(lines):.2f}")
    print("no failure")


if __name__ == "__main__":
    main()
