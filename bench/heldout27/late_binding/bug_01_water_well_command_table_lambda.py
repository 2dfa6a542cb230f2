"""Water well: console for a village well-field pump controller.

Operators type short commands ("prime north 12", "status") into a console;
the console looks each verb up in a command table built from the pumps the
controller reports at start-up.
"""
import shlex


class PumpController:
    def __init__(self, pumps):
        self.depth_m = {name: 0.0 for name in pumps}
        self.journal = []

    def pump_names(self):
        return list(self.depth_m)

    def prime(self, pump, depth):
        self.depth_m[pump] = float(depth)
        self.journal.append(("prime", pump, float(depth)))
        return f"{pump} primed at {float(depth):.1f} m"

    def stop(self, pump):
        self.journal.append(("stop", pump))
        return f"{pump} stopped"

    def status(self):
        return ", ".join(f"{p}={d:.1f}m" for p, d in self.depth_m.items())


def build_command_table(controller):
    table = {"status": lambda *args: controller.status()}
    for pump in controller.pump_names():
        table[f"prime-{pump}"] = lambda depth: controller.prime(pump, depth)
        table[f"stop-{pump}"] = lambda: controller.stop(pump)
    return table


class Console:
    def __init__(self, table):
        self.table = table

    def run(self, line):
        words = shlex.split(line)
        if len(words) >= 2 and f"{words[0]}-{words[1]}" in self.table:
            verb, args = f"{words[0]}-{words[1]}", words[2:]
        else:
            verb, args = words[0], words[1:]
        try:
            handler = self.table[verb]
        except KeyError:
            return f"unknown command {verb!r}"
        return handler(*args)


def main():
    controller = PumpController(["north", "chapel", "orchard"])
    console = Console(build_command_table(controller))
    for line in ("prime north 12", "prime chapel 9.5", "status"):
        print(f"> {line}\n{console.run(line)}")
    if controller.depth_m["north"] != 12.0 or controller.depth_m["chapel"] != 9.5:
        print(f"journal: {controller.journal}")
        print("BUG SHOWN")
    else:
        print("pumps primed as commanded")


if __name__ == "__main__":
    main()
