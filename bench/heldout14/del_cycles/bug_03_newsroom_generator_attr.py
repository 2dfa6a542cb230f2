"""Newsroom wire desk: a desk subscribes to a wire feed and unsubscribes on teardown."""

import gc

gc.disable()


class WireService:
    def __init__(self, stories):
        self.stories = list(stories)
        self.subscribers = set()

    def subscribe(self, desk_name):
        self.subscribers.add(desk_name)

    def unsubscribe(self, desk_name):
        self.subscribers.discard(desk_name)

    def fetch(self, since):
        return self.stories[since:]


class WireDesk:
    def __init__(self, name, service, batch=2):
        self.name = name
        self.service = service
        self.batch = batch
        self.filed = []
        service.subscribe(name)
        self._ticker = self._poll()

    def _poll(self):
        cursor = 0
        while True:
            fresh = self.service.fetch(cursor)[: self.batch]
            cursor += len(fresh)
            yield fresh

    def pull(self):
        stories = next(self._ticker)
        self.filed.extend(s.upper() for s in stories)
        return stories

    def __del__(self):
        self.service.unsubscribe(self.name)


def main():
    service = WireService(["quake", "budget vote", "cup final", "storm warning"])
    desk = WireDesk("late-desk", service)
    desk.pull()
    desk.pull()
    print("filed:", desk.filed)
    del desk
    print("subscribers:", service.subscribers)
    if "late-desk" in service.subscribers:
        print("torn-down desk is still subscribed to the wire")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
