"""Scoreboard event handlers for an ice hockey rink's display system."""


class HandlerMixin:
    handlers = []

    @classmethod
    def on(cls, event):
        def register(func):
            cls.handlers.append((event, func))
            return func
        return register

    def emit(self, event, **payload):
        fired = []
        for name, func in self.handlers:
            if name == event:
                fired.append(func(self, **payload))
        return fired


class Scoreboard(HandlerMixin):
    def __init__(self):
        self.home = self.away = 0


class Zamboni(HandlerMixin):
    def __init__(self):
        self.passes = 0


@Scoreboard.on("goal")
def score_goal(board, side):
    if side == "home":
        board.home += 1
    else:
        board.away += 1
    return f"{board.home}-{board.away}"


@Zamboni.on("interval")
def resurface(machine):
    machine.passes += 1
    return f"pass {machine.passes}"


@Zamboni.on("goal")
def zamboni_goal_light(machine, side):
    return f"zamboni lamp flashes for {side}"


def main():
    board = Scoreboard()
    results = board.emit("goal", side="home")
    print("scoreboard reactions:", results)
    if len(results) != 1:
        print("scoreboard ran handlers registered for the Zamboni")
        print("BUG SHOWN")
    else:
        print("handler lists separate")


if __name__ == "__main__":
    main()
