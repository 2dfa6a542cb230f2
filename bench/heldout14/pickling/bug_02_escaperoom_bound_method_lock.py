"""Escape room operator: validate puzzle solutions for many teams in parallel."""

import hashlib
import multiprocessing as mp
import threading


class PuzzleBank:
    def __init__(self, answers):
        self._hashes = {
            room: hashlib.sha256(ans.encode()).hexdigest() for room, ans in answers.items()
        }
        self._stats_lock = threading.Lock()
        self.attempts = 0

    def _record_attempt(self):
        with self._stats_lock:
            self.attempts += 1

    def check(self, submission):
        room, team, guess = submission
        self._record_attempt()
        ok = hashlib.sha256(guess.strip().lower().encode()).hexdigest() == self._hashes[room]
        return team, room, ok


class GameMaster:
    def __init__(self, bank, processes=2):
        self.bank = bank
        self.processes = processes

    def judge(self, submissions):
        with mp.get_context("fork").Pool(self.processes) as pool:
            return pool.map(self.bank.check, submissions)

    def leaderboard(self, submissions):
        solved = {}
        for team, room, ok in self.judge(submissions):
            if ok:
                solved.setdefault(team, []).append(room)
        return solved


def main():
    bank = PuzzleBank({"pharaoh": "scarab", "submarine": "periscope", "lab": "mercury"})
    master = GameMaster(bank)
    submissions = [
        ("pharaoh", "red", "Scarab"),
        ("submarine", "red", "sonar"),
        ("lab", "blue", "mercury "),
    ]
    try:
        board = master.leaderboard(submissions)
    except (TypeError, AttributeError) as exc:
        print(f"judging failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print(board)
    print("OK")


if __name__ == "__main__":
    main()
