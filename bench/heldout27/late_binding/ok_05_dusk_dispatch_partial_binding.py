"""Dusk dispatch: evening courier-route console for a small depot.

Dispatchers type commands such as "send east 4" into a console whose command
table is generated from the configured routes.  Each route also gets a
scheduled reminder at dusk.  Handlers capture their route when created.
"""
import functools
import sched
import shlex


class Dispatcher:
    def __init__(self, routes):
        self.vans = {route: 0 for route in routes}
        self.reminders = []

    def routes(self):
        return list(self.vans)

    def send(self, route, vans):
        self.vans[route] += int(vans)
        return f"{route}: {self.vans[route]} van(s) out"

    def recall(self, route):
        self.vans[route] = 0
        return f"{route}: recalled"

    def remind(self, route, at):
        self.reminders.append((at, route))


def build_table(dispatcher):
    table = {"routes": lambda: ", ".join(dispatcher.routes())}
    for route in dispatcher.routes():
        table[f"send-{route}"] = functools.partial(dispatcher.send, route)
        table[f"recall-{route}"] = lambda route=route: dispatcher.recall(route)
    return table


def plan_reminders(dispatcher, clock_start=1080):
    clock = [clock_start]
    queue = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
    for slot, route in enumerate(dispatcher.routes()):
        def remind(route=route):
            dispatcher.remind(route, clock[0])
        queue.enter(slot * 10, 1, remind)
    queue.run()


def run(table, line):
    words = shlex.split(line)
    key = f"{words[0]}-{words[1]}" if len(words) > 1 else words[0]
    return table[key](*words[2:])


def main():
    dispatcher = Dispatcher(["east", "harbour", "hill"])
    table = build_table(dispatcher)
    for line in ("send east 4", "send harbour 2", "recall east", "routes"):
        print(f"> {line}\n{run(table, line)}")
    plan_reminders(dispatcher)
    print(f"reminders: {dispatcher.reminders}")
    assert dispatcher.vans == {"east": 0, "harbour": 2, "hill": 0}
    assert [r for _, r in dispatcher.reminders] == ["east", "harbour", "hill"]
    print("OK")


if __name__ == "__main__":
    main()
