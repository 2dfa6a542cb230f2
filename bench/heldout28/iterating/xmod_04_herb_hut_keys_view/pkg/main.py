import datetime

from .catalog import Catalog
from .pruning import prune_expired


def main():
    today = datetime.date(2024, 10, 1)
    catalog = Catalog()
    catalog.stock("hyssop", 120, datetime.date(2025, 3, 1))
    catalog.stock("horehound", 80, datetime.date(2024, 6, 30))
    catalog.stock("hibiscus", 300, datetime.date(2025, 1, 15))
    catalog.stock("hops", 45, datetime.date(2024, 9, 1))

    try:
        removed = prune_expired(catalog, today)
    except RuntimeError as exc:
        print(f"nightly pruning aborted: {exc}")
        print(f"withdrawn before the abort: {catalog.withdrawn}")
        print("BUG SHOWN")
        return
    print(f"removed {removed} jars; left: {sorted(catalog.names())}")
    print("no failure")


if __name__ == "__main__":
    main()
