from dataclasses import dataclass


class Manifest:
    def __init__(self):
        self.parcels = []

    def add(self, parcel):
        self.parcels.append(parcel)

    def total_weight(self):
        return sum(p.weight_kg for p in self.parcels)

    def postcodes(self):
        return sorted({p.postcode for p in self.parcels})


@dataclass(frozen=True)
class Parcel:
    tracking: str
    postcode: str
    weight_kg: float


@dataclass
class DeliveryRun:
    driver: str
    van: str
    max_load_kg: float = 800.0
    manifest: Manifest = Manifest()

    def load(self, parcel):
        if self.manifest.total_weight() + parcel.weight_kg > self.max_load_kg:
            raise ValueError(f"{self.van} is full")
        self.manifest.add(parcel)


class Dispatcher:
    def __init__(self, fleet):
        self.fleet = fleet

    def plan(self, assignments):
        runs = []
        for driver, parcels in assignments.items():
            run = DeliveryRun(driver=driver, van=self.fleet[driver])
            for parcel in parcels:
                run.load(parcel)
            runs.append(run)
        return runs


if __name__ == "__main__":
    dispatcher = Dispatcher({"maya": "VAN-07", "omar": "VAN-12"})
    maya_run, omar_run = dispatcher.plan({
        "maya": [Parcel("TRK1", "N1", 4.0), Parcel("TRK2", "N4", 2.5)],
        "omar": [Parcel("TRK3", "E2", 10.0)],
    })
    assert omar_run.manifest is maya_run.manifest
    assert omar_run.manifest.postcodes() == ["E2", "N1", "N4"]
    assert omar_run.manifest.total_weight() == 16.5
    print("BUG SHOWN")
