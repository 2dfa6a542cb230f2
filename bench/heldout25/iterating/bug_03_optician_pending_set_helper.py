"""Lens order tracking for an optician's practice.

Orders for spectacle lenses go to an outside lab.  Each morning the
practice polls the lab, marks ready orders complete, texts the customer
and books a fitting appointment.
"""
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Appointment:
    slot: int
    order_id: int = field(compare=False)
    customer: str = field(compare=False)


class Lab:
    def __init__(self, ready_ids):
        self.ready_ids = set(ready_ids)

    def is_ready(self, order_id):
        return order_id in self.ready_ids


class OrderBook:
    def __init__(self):
        self.customers = {}
        self.pending = set()
        self.completed = []
        self.messages = []
        self.diary = []
        self._next_slot = 900

    def place(self, order_id, customer):
        self.customers[order_id] = customer
        self.pending.add(order_id)

    def morning_run(self, lab):
        for order_id in self.pending:
            if lab.is_ready(order_id):
                self._complete(order_id)

    def _complete(self, order_id):
        self.pending.discard(order_id)
        self.completed.append(order_id)
        customer = self.customers[order_id]
        self.messages.append(f"{customer}: your glasses (order {order_id}) are ready")
        heapq.heappush(self.diary, Appointment(self._next_slot, order_id, customer))
        self._next_slot += 15


def main():
    book = OrderBook()
    for order_id, customer in ((4101, "Mrs Osei"), (4102, "Mr Quayle"),
                               (4103, "Ms Nakamura"), (4104, "Dr Petrov")):
        book.place(order_id, customer)

    lab = Lab(ready_ids=[4102, 4104])
    try:
        book.morning_run(lab)
    except RuntimeError as exc:
        print("morning run aborted:", exc)
        print("completed before the crash:", book.completed)
        print("BUG SHOWN")
        return
    print("completed:", book.completed)
    print("appointments:", [(a.slot, a.customer) for a in sorted(book.diary)])


if __name__ == "__main__":
    main()
