from .press import Press, plan_day
from .scheduler import Scheduler


def main():
    deliveries = [
        {"orchard": "Long Meadow", "kg": 220},
        {"orchard": "Old Mill", "kg": 140},
        {"orchard": "Brambles", "kg": 310},
    ]
    sched, press = Scheduler(), Press()
    plan_day(sched, press, deliveries)
    sched.run()
    print("pressed:", press.pressed)
    orchards = [orchard for orchard, _ in press.pressed]
    if orchards != [d["orchard"] for d in deliveries] and set(orchards) == {"Brambles"}:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
