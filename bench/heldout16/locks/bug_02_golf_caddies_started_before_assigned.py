"""Golf caddie dispatcher: a background worker pairs golfers with caddies."""
import queue
import threading
import time


class BackgroundService:
    def __init__(self, name):
        self.name = name
        self.requests = queue.Queue()
        self.errors = []
        self._worker = threading.Thread(target=self._loop, daemon=True)
        self._worker.start()

    def _loop(self):
        while True:
            item = self.requests.get()
            if item is None:
                break
            try:
                self.handle(item)
            except Exception as exc:
                self.errors.append(exc)

    def submit(self, item):
        self.requests.put(item)

    def stop(self):
        self.requests.put(None)
        self._worker.join()


def load_caddie_roster(path):
    time.sleep(0.05)
    return ["Dougie", "Fiona", "Rab"]


class CaddieDispatcher(BackgroundService):
    def __init__(self, course, early_tee_times):
        super().__init__(f"caddies-{course}")
        for golfer in early_tee_times:
            self.submit(golfer)
        self.roster = load_caddie_roster(f"/srv/{course}/caddies.csv")
        self.pairings = {}

    def handle(self, golfer):
        caddie = self.roster[len(self.pairings) % len(self.roster)]
        self.pairings[golfer] = caddie


def main():
    dispatcher = CaddieDispatcher("St Brides", ["Mr Hale", "Ms Ito"])
    dispatcher.submit("Dr Amos")
    dispatcher.stop()
    print("pairings:", dispatcher.pairings)
    if dispatcher.errors:
        print("early tee times dropped:", [repr(e) for e in dispatcher.errors])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
