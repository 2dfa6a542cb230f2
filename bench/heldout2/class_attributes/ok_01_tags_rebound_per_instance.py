class Task:
    tags = []
    priority = 0

    def __init__(self, title):
        self.title = title

    def tag(self, *labels):
        self.tags = self.tags + [label for label in labels if label not in self.tags]
        return self

    def bump(self):
        self.priority += 1
        return self


class Board:
    def __init__(self):
        self.tasks = []

    def add(self, title, *labels):
        task = Task(title).tag(*labels)
        self.tasks.append(task)
        return task


def main():
    board = Board()
    a = board.add("write docs", "docs")
    b = board.add("fix login", "bug", "urgent")
    a.bump().bump()
    assert a.tags == ["docs"]
    assert b.tags == ["bug", "urgent"]
    assert Task.tags == [] and Task.priority == 0
    assert a.priority == 2 and b.priority == 0
    print("OK")


if __name__ == "__main__":
    main()
