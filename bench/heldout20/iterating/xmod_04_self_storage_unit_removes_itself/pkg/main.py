from .facility import Facility
from .units import Unit


def enforce_arrears(unit):
    if unit.months_overdue >= 3:
        unit.vacate()


def main():
    site = Facility("Depot Road")
    for n, tenant, overdue in [(101, "Lee", 0), (102, "Moss", 4), (103, "Nash", 1)]:
        site.let(Unit(n, tenant, overdue))
    try:
        site.for_each_occupied(enforce_arrears)
    except RuntimeError as exc:
        print("arrears run stopped:", exc)
        print("BUG SHOWN")
        return
    print("free units:", site.free)


if __name__ == "__main__":
    main()
