"""Counter allocation for a small post office."""

DEFAULT_COUNTER = "A"
OPEN_COUNTERS = ["A", "B", "C"]


class Customer:
    def __init__(self, name, service):
        self.name = name
        self.service = service


def preferred_counter(service):
    table = {"parcels": "B", "passports": "C"}
    return table.get(service)


def allocate(customer, closed):
    """Pick a counter for the customer, falling back to the default."""
    chosen = preferred_counter(customer.service)
    if chosen is None:
        chosen = DEFAULT_COUNTER
    if chosen in closed:
        # Move the default along to the next open counter for the rest of the day.
        remaining = [c for c in OPEN_COUNTERS if c not in closed]
        DEFAULT_COUNTER = remaining[0] if remaining else None
        chosen = DEFAULT_COUNTER
    return chosen


class CounterBoard:
    def __init__(self):
        self.closed = set()
        self.assignments = []

    def close(self, counter):
        self.closed.add(counter)

    def serve(self, customer):
        counter = allocate(customer, self.closed)
        self.assignments.append((customer.name, counter))
        return counter


def main():
    board = CounterBoard()
    queue = [Customer("Ada", "stamps"), Customer("Bo", "parcels")]
    try:
        for customer in queue:
            board.serve(customer)
    except UnboundLocalError as exc:
        print("allocation failed:", exc)
        print("BUG SHOWN")
        return
    print("served:", board.assignments)


if __name__ == "__main__":
    main()
