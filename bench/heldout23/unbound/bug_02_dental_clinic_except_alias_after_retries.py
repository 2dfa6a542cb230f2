"""Appointment reminder dispatch for a dental clinic.

Reminders go out over an SMS gateway that is occasionally unavailable.  The
dispatcher retries a few times with a (simulated) backoff and, when all
attempts fail, raises a DeliveryFailed error carrying the last gateway error
so the front desk can phone the patient instead.
"""
import itertools
from dataclasses import dataclass
from typing import Dict, Iterator, List


class GatewayError(Exception):
    pass


class DeliveryFailed(Exception):
    def __init__(self, patient: str, reason: str):
        super().__init__(f"could not remind {patient}: {reason}")
        self.patient = patient
        self.reason = reason


@dataclass
class Appointment:
    patient: str
    phone: str
    chair: int
    slot: str


class FlakyGateway:
    """Gateway stub: fails for numbers listed in `outages` every time."""

    def __init__(self, outages: Dict[str, str]):
        self.outages = outages
        self.sent: List[str] = []

    def send(self, phone: str, text: str) -> str:
        if phone in self.outages:
            raise GatewayError(self.outages[phone])
        self.sent.append(phone)
        return f"msg-{len(self.sent):04d}"


def backoff_schedule(base: float = 0.5, factor: float = 2.0) -> Iterator[float]:
    delay = base
    while True:
        yield delay
        delay *= factor


class ReminderDispatcher:
    def __init__(self, gateway: FlakyGateway, attempts: int = 3):
        self.gateway = gateway
        self.attempts = attempts
        self.waited = 0.0

    def _render(self, appt: Appointment) -> str:
        return (f"Hi {appt.patient}, reminder: chair {appt.chair} "
                f"at {appt.slot}. Reply C to confirm.")

    def remind(self, appt: Appointment) -> str:
        text = self._render(appt)
        delays = backoff_schedule()
        for _ in range(self.attempts):
            try:
                return self.gateway.send(appt.phone, text)
            except GatewayError as err:
                self.waited += next(delays)
        raise DeliveryFailed(appt.patient, str(err))

    def remind_all(self, appts: List[Appointment]) -> Dict[str, str]:
        outcome = {}
        for appt in appts:
            try:
                outcome[appt.patient] = self.remind(appt)
            except DeliveryFailed as failed:
                outcome[appt.patient] = f"CALL ({failed.reason})"
        return outcome


def main() -> None:
    gateway = FlakyGateway({"+44 7700 900123": "carrier timeout"})
    dispatcher = ReminderDispatcher(gateway)
    slots = itertools.cycle(["09:00", "09:30", "10:00"])
    appts = [
        Appointment("Ada Byrne", "+44 7700 900001", 1, next(slots)),
        Appointment("Cian Doyle", "+44 7700 900123", 2, next(slots)),
        Appointment("Maeve Walsh", "+44 7700 900077", 1, next(slots)),
    ]
    try:
        outcome = dispatcher.remind_all(appts)
    except NameError as exc:
        print(f"dispatcher crashed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for patient, result in outcome.items():
        print(f"{patient}: {result}")
    print("reminders processed")


if __name__ == "__main__":
    main()
