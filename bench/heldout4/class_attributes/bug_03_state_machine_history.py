class StateMachine:
    transitions = {}
    history = []

    def __init__(self, initial):
        self.state = initial

    @classmethod
    def allow(cls, src, dst):
        cls.transitions.setdefault(src, set()).add(dst)

    def move(self, dst):
        if dst not in self.transitions.get(self.state, ()):
            raise ValueError(f"{self.state} -> {dst} not allowed")
        self.history.append((self.state, dst))
        self.state = dst


class Order(StateMachine):
    pass


class Ticket(StateMachine):
    pass


Order.allow("new", "paid")
Order.allow("paid", "shipped")
Ticket.allow("open", "closed")


def main():
    ticket = Ticket("new")
    ticket.move("paid")
    order = Order("new")
    order.move("paid")
    assert len(order.history) == 2
    assert Ticket.transitions is Order.transitions
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
