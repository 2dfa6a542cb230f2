"""Command dispatch for a gym's rowing machines."""


class Rower:
    def __init__(self, machine_id):
        self.machine_id = machine_id
        self.resistance = 5
        self.log = []

    def set_resistance(self, level):
        self.resistance = level
        self.log.append(level)


class Console:
    def __init__(self, machines):
        self.machines = {m.machine_id: m for m in machines}
        self.commands = {}
        self._build_commands()

    def _build_commands(self):
        for machine_id, machine in self.machines.items():
            self.commands[f"{machine_id}:set"] = lambda level: machine.set_resistance(level)

    def handle(self, line):
        target, value = line.rsplit("=", 1)
        self.commands[target](int(value))


def main():
    rowers = [Rower("R1"), Rower("R2"), Rower("R3")]
    console = Console(rowers)
    for line in ["R1:set=3", "R2:set=7", "R3:set=9"]:
        console.handle(line)
    levels = {r.machine_id: r.resistance for r in rowers}
    print("levels:", levels)
    if levels != {"R1": 3, "R2": 7, "R3": 9}:
        print("every command went to the last machine")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
