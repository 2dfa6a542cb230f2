class UndoHistory:
    def __init__(self, limit=50):
        self.limit = limit
        self._stack = []

    def push(self, snapshot):
        self._stack.append(snapshot)
        del self._stack[:-self.limit]

    def pop(self):
        return self._stack.pop() if self._stack else None

    def __len__(self):
        return len(self._stack)


class TextBuffer:
    def __init__(self, name, text="", history=UndoHistory()):
        self.name = name
        self.text = text
        self.history = history

    def insert(self, pos, fragment):
        self.history.push(self.text)
        self.text = self.text[:pos] + fragment + self.text[pos:]

    def undo(self):
        previous = self.history.pop()
        if previous is not None:
            self.text = previous


class Workspace:
    def __init__(self):
        self.buffers = []

    def new_buffer(self, name, text=""):
        buf = TextBuffer(name, text)
        self.buffers.append(buf)
        return buf


def main():
    ws = Workspace()
    notes = ws.new_buffer("notes.txt", "hello")
    notes.insert(5, " world")
    todo = ws.new_buffer("todo.txt", "buy milk")
    assert len(todo.history) == 1
    todo.undo()
    assert todo.text == "hello"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
