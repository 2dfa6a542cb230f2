"""Sports league results service.

A live match object receives scoring events and forwards them to its
listeners (the scoreboard, the betting feed, its own tally).  When the match
object is released after the final whistle its finaliser posts the result
to the league table.
"""
import gc
from dataclasses import dataclass


@dataclass(frozen=True)
class ScoreEvent:
    team: str
    points: int
    minute: int


class LeagueTable:
    def __init__(self):
        self.results = []

    def post(self, home, away, score):
        self.results.append((home, away, score))


class LiveMatch:
    def __init__(self, table, home, away):
        self.table = table
        self.home = home
        self.away = away
        self.score = {home: 0, away: 0}
        self.listeners = []
        self.subscribe(lambda event: self._tally(event))

    def subscribe(self, listener):
        self.listeners.append(listener)

    def _tally(self, event):
        self.score[event.team] += event.points

    def feed(self, event):
        for listener in self.listeners:
            listener(event)

    def __del__(self):
        self.table.post(self.home, self.away, (self.score[self.home], self.score[self.away]))


class Scoreboard:
    def __init__(self):
        self.lines = []

    def __call__(self, event):
        self.lines.append(f"{event.minute}' {event.team} +{event.points}")


def play(table, board):
    match = LiveMatch(table, "Rovers", "Swifts")
    match.subscribe(board)
    for event in (ScoreEvent("Rovers", 3, 12), ScoreEvent("Swifts", 7, 31),
                  ScoreEvent("Rovers", 7, 58), ScoreEvent("Rovers", 3, 77)):
        match.feed(event)
    return match


def main():
    gc.disable()
    try:
        table, board = LeagueTable(), Scoreboard()
        match = play(table, board)
        print("live score:", match.score)
        del match
        posted_on_release = list(table.results)
        gc.collect()
        posted_after_collect = list(table.results)
    finally:
        gc.enable()
    print("posted on release:", posted_on_release)
    print("posted after collect:", posted_after_collect)
    if not posted_on_release and posted_after_collect:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
