import threading


class ComboTracker:
    def __init__(self, on_combo=None):
        self.on_combo = on_combo

    def multiplier(self, player, points):
        if self.on_combo:
            self.on_combo(player)
        return 2 if points >= 50 else 1


class Leaderboard:
    def __init__(self, combos):
        self._lock = threading.Lock()
        self._scores = {}
        self.combos = combos

    def _current(self, player):
        with self._lock:
            return self._scores.get(player, 0)

    def _store(self, player, score):
        with self._lock:
            self._scores[player] = score

    def award(self, player, points):
        score = self._current(player)
        score += points * self.combos.multiplier(player, points)
        self._store(player, score)
        return score

    def top(self, n=3):
        with self._lock:
            return sorted(self._scores.items(), key=lambda kv: -kv[1])[:n]


if __name__ == "__main__":
    barrier = threading.Barrier(2, timeout=5)
    board = Leaderboard(ComboTracker(on_combo=lambda player: barrier.wait()))
    threads = [
        threading.Thread(target=board.award, args=("neo", 60)),
        threading.Thread(target=board.award, args=("neo", 10)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    score = dict(board.top())["neo"]
    assert score in (120, 10), score
    assert score != 130
    print("BUG SHOWN")
