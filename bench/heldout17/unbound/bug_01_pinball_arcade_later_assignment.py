"""Pinball arcade scoring service: tallies ball scores with a tilt penalty."""

TILT_PENALTY = 500
BONUS_TABLE = {"ramp": 1000, "spinner": 250, "bumper": 100}


class Ball:
    def __init__(self, events, tilted=False):
        self.events = list(events)
        self.tilted = tilted


class ScoreKeeper:
    def __init__(self, machine_name):
        self.machine_name = machine_name
        self.history = []

    def _base_points(self, ball):
        return sum(BONUS_TABLE.get(e, 0) for e in ball.events)

    def _apply_tilt(self, points, ball):
        if ball.tilted:
            points -= TILT_PENALTY
        return max(points, 0)

    def score_ball(self, ball, late_game=False):
        points = self._base_points(ball)
        points = self._apply_tilt(points, ball)
        multiplier = 1
        # Late-game balls on this machine earn the wizard multiplier.
        if points > 0 and ball.events.count("ramp") >= 2:
            multiplier = 2 + len(BONUS_TABLE) - TILT_PENALTY // 500
        if late_game:
            TILT_PENALTY = 0  # wizard mode forgives tilts
            points = self._base_points(ball)
        total = points * multiplier
        self.history.append(total)
        return total


class Arcade:
    def __init__(self):
        self.keepers = {}

    def keeper(self, name):
        return self.keepers.setdefault(name, ScoreKeeper(name))

    def play(self, name, balls):
        k = self.keeper(name)
        return [k.score_ball(b) for b in balls]


def main():
    arcade = Arcade()
    balls = [Ball(["ramp", "ramp", "bumper"]), Ball(["spinner"], tilted=True)]
    try:
        scores = arcade.play("Medieval Madness", balls)
    except UnboundLocalError as exc:
        print("score failed:", exc)
        print("BUG SHOWN")
        return
    print("scores", scores)
    print("OK")


if __name__ == "__main__":
    main()
