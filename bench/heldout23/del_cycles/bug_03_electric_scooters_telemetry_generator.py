"""Ride sessions for an electric-scooter sharing fleet.

Unlocking a scooter starts a ride session that streams telemetry samples
(speed, battery) from the scooter.  When the session object is discarded
the scooter must be locked again and the ride billed; the fleet API relies
on that happening as soon as the app drops the session.
"""
import gc
import itertools
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Tuple


@dataclass
class Scooter:
    scooter_id: str
    battery: float
    locked: bool = True
    odometer_km: float = 0.0


@dataclass
class FleetLedger:
    bills: Dict[str, float] = field(default_factory=dict)
    lock_events: List[str] = field(default_factory=list)


class RideSession:
    UNLOCK_FEE = 1.00
    PER_MINUTE = 0.25

    def __init__(self, rider: str, scooter: Scooter, ledger: FleetLedger,
                 route: List[Tuple[float, float]]):
        self.rider = rider
        self.scooter = scooter
        self.ledger = ledger
        self.route = route
        self.minutes = 0
        scooter.locked = False
        self.telemetry: Iterator[Dict[str, float]] = self._stream()

    def _stream(self) -> Iterator[Dict[str, float]]:
        for minute in itertools.count(1):
            if minute > len(self.route):
                return
            speed, drain = self.route[minute - 1]
            self.scooter.battery = max(0.0, self.scooter.battery - drain)
            self.scooter.odometer_km += speed / 60
            self.minutes = minute
            yield {"minute": minute, "speed": speed, "battery": self.scooter.battery}

    def sample(self, count: int) -> List[Dict[str, float]]:
        return list(itertools.islice(self.telemetry, count))

    def __del__(self) -> None:
        self.scooter.locked = True
        fare = self.UNLOCK_FEE + self.PER_MINUTE * self.minutes
        self.ledger.bills[self.rider] = round(fare, 2)
        self.ledger.lock_events.append(self.scooter.scooter_id)


def short_ride(scooter: Scooter, ledger: FleetLedger) -> float:
    session = RideSession("rider-5530", scooter, ledger,
                          [(14.0, 0.8), (18.5, 1.1), (20.0, 1.2), (9.0, 0.4)])
    samples = session.sample(3)
    return samples[-1]["battery"]


def main() -> None:
    gc.disable()
    scooter = Scooter("ES-1187", battery=64.0)
    ledger = FleetLedger()
    battery = short_ride(scooter, ledger)
    print(f"ride ended at {battery:.1f}% battery, odometer {scooter.odometer_km:.2f} km")
    if not scooter.locked or not ledger.bills:
        print(f"scooter locked={scooter.locked}, bills={ledger.bills}: session still alive")
        gc.collect()
        print(f"after cyclic collection: locked={scooter.locked}, bills={ledger.bills}")
        gc.enable()
        print("BUG SHOWN")
        return
    gc.enable()
    print("scooter locked and ride billed")


if __name__ == "__main__":
    main()
