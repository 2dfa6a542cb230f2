from .fleet import Fleet
from .rebalance import rebalance


def main():
    fleet = Fleet()
    for reg in ["VN01", "VN02", "VN03"]:
        fleet.add("Leeds", reg)
    for reg in ["VN04", "VN05"]:
        fleet.add("York", reg)
    for reg in ["VN06", "VN07", "VN08"]:
        fleet.add("Bradford", reg)
    try:
        moves = rebalance(fleet)
    except RuntimeError as exc:
        print("rebalance aborted:", exc)
        print("branches:", dict(fleet.by_branch))
        print("BUG SHOWN")
        return
    print(moves)
    print("OK")


if __name__ == "__main__":
    main()
