"""Allotment garden fee calculator."""

BASE_FEE = 40.0
WATER_SURCHARGE = 7.5


class Plot:
    def __init__(self, number, size_m2, has_tap):
        self.number = number
        self.size_m2 = size_m2
        self.has_tap = has_tap


class FeeSchedule:
    def __init__(self, discount_sizes=(50,)):
        self.discount_sizes = discount_sizes

    def is_small(self, plot):
        return plot.size_m2 <= min(self.discount_sizes)


def annual_fee(plot, schedule):
    fee = BASE_FEE * (plot.size_m2 / 100.0)
    if plot.has_tap:
        fee += WATER_SURCHARGE
    if schedule.is_small(plot):
        # small plots pay a reduced base and no surcharge
        BASE_FEE = 25.0
        fee = BASE_FEE * (plot.size_m2 / 100.0)
    return round(fee, 2)


def invoice_all(plots, schedule):
    lines = []
    for plot in plots:
        lines.append((plot.number, annual_fee(plot, schedule)))
    return lines


def main():
    plots = [Plot(1, 120, True), Plot(2, 45, False), Plot(3, 200, True)]
    try:
        for number, fee in invoice_all(plots, FeeSchedule()):
            print(f"plot {number}: {fee:.2f}")
    except UnboundLocalError as exc:
        print("invoice run failed:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
