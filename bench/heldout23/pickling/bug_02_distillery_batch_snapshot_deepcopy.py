"""Batch records for a whisky distillery's still house.

A batch tracks the wash, the spirit cuts and a cask fill plan.  The still
operator's console guards live batch updates with a lock because sensor
threads write temperatures into it.  Before a duty (excise) report is
filed, the report module works on an isolated snapshot of the batch.
"""
import copy
import threading
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Cut:
    name: str
    litres: float
    abv: float

    @property
    def lpa(self) -> float:
        return self.litres * self.abv / 100


@dataclass
class StillBatch:
    batch_no: str
    wash_litres: float
    cuts: List[Cut] = field(default_factory=list)
    temperatures: List[float] = field(default_factory=list)
    casks: Dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record_temperature(self, celsius: float) -> None:
        with self._lock:
            self.temperatures.append(celsius)

    def add_cut(self, name: str, litres: float, abv: float) -> None:
        with self._lock:
            self.cuts.append(Cut(name, litres, abv))

    def fill_cask(self, cask_id: str, litres: float) -> None:
        with self._lock:
            self.casks[cask_id] = litres


class DutyReport:
    DUTY_PER_LPA = 31.64

    def __init__(self, batch: StillBatch):
        self.snapshot = copy.deepcopy(batch)

    def hearts_lpa(self) -> float:
        return sum(c.lpa for c in self.snapshot.cuts if c.name == "hearts")

    def render(self) -> str:
        lpa = self.hearts_lpa()
        return (f"Batch {self.snapshot.batch_no}: {lpa:.1f} LPA spirit, "
                f"duty suspended {lpa * self.DUTY_PER_LPA:.2f} GBP, "
                f"{len(self.snapshot.casks)} cask(s) filled")


def main() -> None:
    batch = StillBatch("SB-2291", wash_litres=12000)
    sensor = threading.Thread(target=lambda: [batch.record_temperature(t)
                                              for t in (78.2, 78.9, 81.4, 88.0)])
    sensor.start()
    sensor.join()
    batch.add_cut("foreshots", 40, 82.0)
    batch.add_cut("hearts", 900, 69.5)
    batch.add_cut("feints", 600, 48.0)
    batch.fill_cask("C-0457 ex-bourbon", 200)
    batch.fill_cask("C-0458 ex-sherry", 250)

    try:
        report = DutyReport(batch)
    except TypeError as exc:
        print(f"duty report could not snapshot the batch: {exc}")
        print("BUG SHOWN")
        return
    print(report.render())


if __name__ == "__main__":
    main()
