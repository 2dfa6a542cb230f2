import threading

from .garage import Garage
from .valet import ValetDesk


def main():
    garage = Garage("Pier Street", spaces=10)
    valet = ValetDesk(garage)
    arrivals = [
        ("barrier", "MK-21-OPQ"),
        ("barrier", "NP-70-XYZ"),
        ("valet", "OQ-04-ABC"),
        ("valet", "PM-33-DEF"),
    ]
    gate = threading.Barrier(len(arrivals))

    def arrive(channel, plate, ticket):
        gate.wait()
        if channel == "valet":
            valet.take_keys(plate, ticket)
        else:
            garage.self_park(plate)

    threads = [
        threading.Thread(target=arrive, args=(channel, plate, f"V{n}"))
        for n, (channel, plate) in enumerate(arrivals)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    taken, cars = garage.occupancy()
    print("cars in garage:", sorted(garage.parked))
    print("spaces marked taken:", taken, "cars actually parked:", cars)
    if taken != cars:
        print("free-space counter drifted from the cars in the garage")
        print("BUG SHOWN")
    else:
        print("space ledger is correct")


if __name__ == "__main__":
    main()
