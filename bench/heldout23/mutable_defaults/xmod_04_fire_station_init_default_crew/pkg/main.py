from .fleet import station_fleet
from .roster import assign_shift, headcount


def main() -> None:
    fleet = station_fleet()
    plan = {
        "E21": ["Capt. Reyes", "Okoro", "Lind", "Baptiste"],
        "L21": ["Lt. Novak", "Ferreira", "Hale"],
        "M21": ["Medic Sato", "Medic Quinn"],
    }
    assign_shift(fleet, plan)
    for unit in fleet:
        print(unit.describe())
    on_shift = sum(len(members) for members in plan.values())
    counted = headcount(fleet)
    ambulance = fleet[2]
    if counted != on_shift or "Okoro" in ambulance.crew:
        print(f"board counts {counted} seats for {on_shift} people on shift")
        print("BUG SHOWN")
        return
    print("roster consistent")


if __name__ == "__main__":
    main()
