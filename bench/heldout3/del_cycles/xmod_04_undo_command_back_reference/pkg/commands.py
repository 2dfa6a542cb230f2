FREED_SNAPSHOTS = []


class Command:
    def __init__(self, label):
        self.label = label
        self.history = None
        self.snapshot = None

    def attach(self, history):
        self.history = history

    def do(self, document):
        raise NotImplementedError

    def undo(self, document):
        document[:] = self.snapshot

    def __del__(self):
        if self.snapshot is not None:
            FREED_SNAPSHOTS.append(self.label)


class AppendLine(Command):
    def __init__(self, text):
        super().__init__(f"append:{text}")
        self.text = text

    def do(self, document):
        self.snapshot = list(document)
        document.append(self.text)
