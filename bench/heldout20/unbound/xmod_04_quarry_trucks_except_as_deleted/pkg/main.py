from .dispatch import Truck, weigh_out


def run_shift(orders):
    journal = []
    problems = []
    for truck, tonnes in orders:
        found = weigh_out(truck, tonnes, journal)
        if found is not None:
            problems.append(found)
    return problems, journal


def main():
    orders = [(Truck("T1", 20), 18), (Truck("T2", 20), 26)]
    try:
        problems, journal = run_shift(orders)
    except NameError as exc:
        print("dispatch crashed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(problems, journal)


if __name__ == "__main__":
    main()
