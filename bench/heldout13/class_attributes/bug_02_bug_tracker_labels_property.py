class Issue:
    _labels = []
    _counter = 0

    def __init__(self, title, reporter):
        Issue._counter += 1
        self.number = Issue._counter
        self.title = title
        self.reporter = reporter

    @property
    def labels(self):
        return self._labels

    def tag(self, *names):
        for name in names:
            if name not in self.labels:
                self.labels.append(name)
        return self


class Board:
    def __init__(self):
        self.issues = []

    def file(self, title, reporter, *labels):
        issue = Issue(title, reporter).tag(*labels)
        self.issues.append(issue)
        return issue

    def with_label(self, label):
        return [i.number for i in self.issues if label in i.labels]


def main():
    board = Board()
    board.file("Login page 500s", "mia", "bug", "p1")
    board.file("Add dark mode", "ola", "feature")
    board.file("Docs typo", "sam")
    critical = board.with_label("p1")
    assert critical == [1, 2, 3], critical
    assert board.issues[2].labels == ["bug", "p1", "feature"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
