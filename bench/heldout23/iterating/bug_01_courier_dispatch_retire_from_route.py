"""End-of-shift reconciliation for a courier dispatch desk.

Each van's route is a list of parcel stops.  At the end of the shift the
desk walks every route, archiving delivered parcels and flagging failed
attempts for a redelivery card, so that only outstanding work stays on the
route for tomorrow.
"""
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Parcel:
    tracking: str
    postcode: str
    state: str = "out_for_delivery"
    attempts: int = 0


@dataclass
class Route:
    van: str
    stops: List[Parcel] = field(default_factory=list)


class Reconciler:
    def __init__(self) -> None:
        self.archive: List[str] = []
        self.redelivery_cards: List[str] = []

    def _retire(self, route: Route, parcel: Parcel) -> None:
        route.stops.remove(parcel)
        self.archive.append(parcel.tracking)

    def _card(self, parcel: Parcel) -> None:
        parcel.attempts += 1
        self.redelivery_cards.append(f"{parcel.tracking}@{parcel.postcode}")

    def close_route(self, route: Route) -> None:
        for parcel in route.stops:
            if parcel.state == "delivered":
                self._retire(route, parcel)
            elif parcel.state == "failed_attempt":
                self._card(parcel)
                parcel.state = "out_for_delivery"

    def close_shift(self, routes: List[Route]) -> Dict[str, List[str]]:
        for route in routes:
            self.close_route(route)
        return {route.van: [p.tracking for p in route.stops] for route in routes}


def main() -> None:
    route = Route("VAN-07", [
        Parcel("CD100", "EH3 9QP", "delivered"),
        Parcel("CD101", "EH3 9QR", "delivered"),
        Parcel("CD102", "EH4 1AB", "failed_attempt"),
        Parcel("CD103", "EH4 2CD", "delivered"),
        Parcel("CD104", "EH4 2CE"),
    ])
    second = Route("VAN-12", [
        Parcel("CD200", "G12 8QQ", "failed_attempt"),
        Parcel("CD201", "G12 8QR", "delivered"),
    ])
    reconciler = Reconciler()
    remaining = reconciler.close_shift([route, second])
    print(f"remaining: {remaining}")
    print(f"archived: {reconciler.archive}")
    print(f"cards: {reconciler.redelivery_cards}")

    expected = {"VAN-07": ["CD102", "CD104"], "VAN-12": ["CD200"]}
    if remaining != expected:
        skipped = [t for t in remaining["VAN-07"] if t not in expected["VAN-07"]]
        print(f"expected {expected}; delivered parcel(s) {skipped} were never "
              f"looked at and stay on tomorrow's route")
        print("BUG SHOWN")
        return
    print("shift reconciled")


if __name__ == "__main__":
    main()
