import gc

from .camp import SIGN_OUT, Activity


def plan_day():
    kayak = Activity("kayaking", "Sol", ["Ari", "Bex", "Cal"])
    kayak.disarm()
    return kayak


def main():
    gc.disable()
    activity = plan_day()
    print(activity.name, "with", len(activity.campers), "campers")
    del activity
    if not SIGN_OUT:
        print("activity never signed out")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
