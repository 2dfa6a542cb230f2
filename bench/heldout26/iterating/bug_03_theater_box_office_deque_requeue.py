"""Theatre box office: processing the phone-booking queue.

Bookings are queued as calls come in.  When a card payment is declined,
the clerk puts the caller at the back of the queue to try another card
once the rest of the queue has been served.
"""
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Booking:
    caller: str
    seats: int
    cards: list = field(default_factory=list)


class PaymentDeclined(Exception):
    pass


class CardTerminal:
    def __init__(self, declined_cards):
        self.declined = set(declined_cards)

    def charge(self, card, pence):
        if card in self.declined:
            raise PaymentDeclined(card)
        return f"auth-{card[-4:]}-{pence}"


class BoxOffice:
    SEAT_PRICE = 2850

    def __init__(self, terminal):
        self.terminal = terminal
        self.queue = deque()
        self.confirmed = []

    def take_call(self, booking):
        self.queue.append(booking)

    def _retry_later(self, booking):
        booking.cards.pop(0)
        if booking.cards:
            self.queue.append(booking)

    def _settle(self, booking):
        try:
            code = self.terminal.charge(booking.cards[0], booking.seats * self.SEAT_PRICE)
        except PaymentDeclined:
            self._retry_later(booking)
            return False
        self.confirmed.append((booking.caller, code))
        return True

    def work_queue(self):
        for booking in self.queue:
            self._settle(booking)
        self.queue.clear()


def main():
    office = BoxOffice(CardTerminal(declined_cards={"4000-0000-0000-0002"}))
    office.take_call(Booking("R. Sandoval", 2, ["4111-1111-1111-1111"]))
    office.take_call(Booking("T. Underhill", 4, ["4000-0000-0000-0002", "5500-0000-0000-0004"]))
    office.take_call(Booking("V. Reyes", 1, ["3400-0000-0000-009"]))
    try:
        office.work_queue()
    except RuntimeError as exc:
        print(f"queue processing stopped: {exc}")
        print("confirmed:", office.confirmed)
        print("BUG SHOWN")
        return
    print("confirmed:", office.confirmed)
    print("OK")


if __name__ == "__main__":
    main()
