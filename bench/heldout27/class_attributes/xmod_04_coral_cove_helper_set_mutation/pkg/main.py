from .reefs import BarrierReef, FringingReef, PatchReef
from .survey import close_survey, record_sighting


def main():
    north = FringingReef("North Point")
    outer = BarrierReef("Outer Wall")
    garden = PatchReef("Coral Garden")

    record_sighting(north, "parrotfish", 14)
    record_sighting(north, "hawksbill turtle", 1)
    record_sighting(outer, "grey reef shark", 2)
    record_sighting(garden, "clownfish", 9)

    report = close_survey([north, outer, garden])
    for site, status in report.items():
        print(f"{site}: {status}")
    wrongly_closed = [site for site, status in report.items()
                      if site != "North Point" and status != "open"]
    if wrongly_closed:
        print(f"restricted without a protected sighting: {wrongly_closed}")
        print("BUG SHOWN")
    else:
        print("survey consistent")


if __name__ == "__main__":
    main()
