from .models import Cistern
from .monitor import dashboard, sweep


def main():
    cisterns = [
        Cistern("barn roof", capacity_l=8000, level_l=7600),
        Cistern("dairy yard", capacity_l=12000, level_l=5000),
        Cistern("orchard", capacity_l=4000, level_l=2100),
    ]
    sweep(cisterns)
    bad = []
    for name, count, sources in dashboard(cisterns):
        print(f"{name:12s} open alarms: {count} from {sources}")
        if any(source != name for source in sources):
            bad.append(name)
    if bad:
        print(f"alarms from other cisterns shown on: {bad}")
        print("BUG SHOWN")
    else:
        print("dashboard consistent")


if __name__ == "__main__":
    main()
