import threading

LEADERBOARD = {}


class PlayerSession:
    def __init__(self, player, on_award=None):
        self.player = player
        self._lock = threading.Lock()
        self.on_award = on_award or (lambda: None)
        self.events = []

    def award(self, team, points):
        with self._lock:
            current = LEADERBOARD.get(team, 0)
            self.events.append((team, points))
            self.on_award()
            LEADERBOARD[team] = current + points


class Match:
    def __init__(self, sessions):
        self.sessions = sessions

    def play_round(self, scores):
        threads = [
            threading.Thread(target=s.award, args=(team, pts))
            for s, (team, pts) in zip(self.sessions, scores)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def main():
    gate = threading.Barrier(2, timeout=5)
    hook = lambda: gate.wait()
    match = Match([PlayerSession("kai", hook), PlayerSession("lux", hook)])
    match.play_round([("red", 10), ("red", 25)])
    assert sum(len(s.events) for s in match.sessions) == 2
    assert LEADERBOARD["red"] in (10, 25), LEADERBOARD
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
