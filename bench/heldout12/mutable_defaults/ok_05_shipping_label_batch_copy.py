from dataclasses import dataclass


@dataclass
class Parcel:
    tracking: str
    weight_kg: float
    destination: str


class LabelBatch:
    def __init__(self, carrier, printer_id, parcels=()):
        self.carrier = carrier
        self.printer_id = printer_id
        self.parcels = list(parcels)
        self.printed = False

    def add(self, parcel):
        if self.printed:
            raise RuntimeError("batch already sent to printer")
        self.parcels.append(parcel)
        return self

    def zpl(self):
        out = []
        for p in self.parcels:
            out.append(f"^XA^FO50,50^FD{self.carrier} {p.tracking}^FS"
                       f"^FO50,100^FD{p.destination} {p.weight_kg:.1f}kg^FS^XZ")
        return "\n".join(out)

    def send(self, spool):
        spool.append((self.printer_id, self.zpl()))
        self.printed = True


class PackingStation:
    def __init__(self, printer_id):
        self.printer_id = printer_id
        self.spool = []

    def open_batch(self, carrier):
        return LabelBatch(carrier, self.printer_id)


def main():
    station = PackingStation("ZEBRA-3")
    morning = station.open_batch("DHL")
    morning.add(Parcel("JD0001", 1.2, "Leipzig")).add(Parcel("JD0002", 3.4, "Köln"))
    morning.send(station.spool)

    afternoon = station.open_batch("UPS")
    afternoon.add(Parcel("1Z9999", 0.8, "Graz"))
    afternoon.send(station.spool)

    trackings = [p.tracking for p in afternoon.parcels]
    assert trackings == ["1Z9999"], trackings
    assert station.spool[1][1].count("^XA") == 1
    print("OK")


if __name__ == "__main__":
    main()
