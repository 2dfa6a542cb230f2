"""Laundromat controller: end-of-day sweep over machines, retiring worn ones."""


class Machine:
    def __init__(self, machine_id, kind, cycles, faults=0):
        self.machine_id = machine_id
        self.kind = kind
        self.cycles = cycles
        self.faults = faults

    def worn_out(self):
        return self.cycles > 5000 or self.faults >= 3


class Laundromat:
    def __init__(self):
        self.machines = {}
        self.retired = []
        self.revenue = 0.0

    def install(self, machine):
        self.machines[machine.machine_id] = machine

    def _retire(self, machine_id, reason):
        machine = self.machines.pop(machine_id)
        self.retired.append((machine.machine_id, reason))

    def _service(self, machine):
        machine.faults = max(0, machine.faults - 1)

    def nightly_sweep(self):
        serviced = 0
        for machine_id, machine in self.machines.items():
            if machine.worn_out():
                self._retire(machine_id, "worn out")
                continue
            self._service(machine)
            serviced += 1
        return serviced


def main():
    shop = Laundromat()
    shop.install(Machine("W1", "washer", 1200))
    shop.install(Machine("W2", "washer", 5300))
    shop.install(Machine("D1", "dryer", 800, faults=3))
    shop.install(Machine("D2", "dryer", 400, faults=1))
    try:
        serviced = shop.nightly_sweep()
    except RuntimeError as exc:
        print(f"sweep stopped after retiring {shop.retired}: {exc}")
        print("BUG SHOWN")
        return
    print("serviced:", serviced, "retired:", shop.retired)
    print("OK")


if __name__ == "__main__":
    main()
