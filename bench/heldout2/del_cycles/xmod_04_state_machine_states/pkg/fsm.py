from .resource import Resource


class State:
    def __init__(self, machine, name, transitions):
        self.machine = machine
        self.name = name
        self.transitions = dict(transitions)

    def handle(self, event):
        target = self.transitions.get(event)
        if target is None:
            raise ValueError(f"{self.name} cannot handle {event}")
        return self.machine.states[target]


class OrderWorkflow(Resource):
    def __init__(self, order_id):
        super().__init__(f"workflow:{order_id}")
        self.states = {}
        self._add("new", {"pay": "paid", "cancel": "cancelled"})
        self._add("paid", {"ship": "shipped"})
        self._add("shipped", {})
        self._add("cancelled", {})
        self.current = self.states["new"]

    def _add(self, name, transitions):
        self.states[name] = State(self, name, transitions)

    def fire(self, event):
        self.current = self.current.handle(event)
        return self.current.name
