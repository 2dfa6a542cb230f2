from .base import TagClash
from .stations import ExpressCounter, StandardCounter


def main():
    high_street = StandardCounter("High Street")
    station_road = ExpressCounter("Station Road")

    t1 = high_street.take_in("Okafor", "suit")
    t2 = high_street.take_in("Lindqvist", "shirt")
    print("High Street tags:", t1, t2)
    try:
        t3 = station_road.take_in("Brennan", "coat")
    except TagClash as exc:
        print("Station Road could not tag a coat:", exc)
        print("BUG SHOWN")
        return
    print("Station Road tag:", t3, station_road.garments[t3])
    print("OK")


if __name__ == "__main__":
    main()
