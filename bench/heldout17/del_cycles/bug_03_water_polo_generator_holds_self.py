"""Water polo match clock: periods are produced by a generator on the clock."""

import gc

gc.disable()

SCOREBOARD_LOG = []


class ShotClock:
    def __init__(self, seconds=30):
        self.seconds = seconds

    def reset(self):
        return self.seconds


class MatchClock:
    def __init__(self, home, away, periods=4, minutes=8):
        self.home = home
        self.away = away
        self.periods = periods
        self.minutes = minutes
        self.shot_clock = ShotClock()
        self._periods = self._run_periods()

    def _run_periods(self):
        for p in range(1, self.periods + 1):
            self.shot_clock.reset()
            yield p, self.minutes * 60

    def next_period(self):
        return next(self._periods, None)

    def __del__(self):
        SCOREBOARD_LOG.append(f"{self.home} v {self.away}: clock released")


def play_first_half(home, away):
    clock = MatchClock(home, away)
    played = [clock.next_period(), clock.next_period()]
    return clock, played


def main():
    clock, played = play_first_half("Barceloneta", "Pro Recco")
    print("periods played:", played)
    del clock
    if not SCOREBOARD_LOG:
        print("scoreboard never released the match clock")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
