"""Summarise collection batches at a glass recycling depot."""

from dataclasses import dataclass, field


@dataclass
class Bin:
    site: str
    colour: str
    kilos: float


@dataclass
class BatchReport:
    depot: str
    totals: dict = field(default_factory=dict)
    last_site: str = ""


def load_bins(rows):
    bins = []
    for row in rows:
        site, colour, kilos = row.split(",")
        bins.append(Bin(site.strip(), colour.strip(), float(kilos)))
    return bins


def accept(bin_):
    return bin_.kilos > 0 and bin_.colour in {"clear", "green", "amber"}


class Depot:
    def __init__(self, name):
        self.name = name

    def summarise(self, bins):
        report = BatchReport(self.name)
        for b in bins:
            if not accept(b):
                continue
            report.totals[b.colour] = report.totals.get(b.colour, 0.0) + b.kilos
            latest = b
        report.last_site = latest.site
        return report

    def nightly(self, rows):
        return self.summarise(load_bins(rows))


def main():
    depot = Depot("Northfield")
    monday = ["Elm St, green, 120", "Mill Rd, clear, 80"]
    print(depot.nightly(monday))
    # a bank holiday: only rejected bins came in
    holiday = ["Elm St, blue, 15", "Mill Rd, clear, 0"]
    try:
        print(depot.nightly(holiday))
    except UnboundLocalError as exc:
        print("summary failed:", exc)
        print("BUG SHOWN")
        return
    print("all batches summarised")


if __name__ == "__main__":
    main()
