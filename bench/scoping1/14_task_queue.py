"""In-memory priority task queue used by the job runner."""
import itertools


class TaskQueue:
    PRIORITY_ORDER = {"critical": 0, "high": 1, "normal": 2, "low": 3}
    sort_key = staticmethod(lambda task: (PRIORITY_ORDER.get(task["priority"], 99), task["seq"]))

    def __init__(self):
        self._tasks = []
        self._seq = itertools.count()

    def push(self, name, priority="normal"):
        self._tasks.append({"name": name, "priority": priority, "seq": next(self._seq)})

    def drain(self):
        ordered = sorted(self._tasks, key=self.sort_key)
        self._tasks.clear()
        return [task["name"] for task in ordered]


if __name__ == "__main__":
    queue = TaskQueue()
    queue.push("rebuild-index", "low")
    queue.push("send-alerts", "critical")
    queue.push("rotate-logs")
    print(queue.drain())
