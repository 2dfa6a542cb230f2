class Edit:
    def __init__(self, position, text):
        self.position = position
        self.text = text


class UndoableDocument:
    history = []

    def __init__(self, title, text=""):
        self.title = title
        self.text = text

    def insert(self, position, text):
        self._push(Edit(position, text))
        self.text = self.text[:position] + text + self.text[position:]

    def _push(self, edit):
        self.history.append((self.title, edit))

    def undo(self):
        if not self.history:
            return None
        title, edit = self.history.pop()
        self.text = self.text[: edit.position] + self.text[edit.position + len(edit.text):]
        return title


def main():
    notes = UndoableDocument("notes", "hello")
    draft = UndoableDocument("draft", "abc")
    notes.insert(5, " world")
    draft.insert(0, "xyz")
    undone = notes.undo()
    assert undone == "draft", undone
    assert notes.text == "lo world", notes.text
    assert draft.text == "xyzabc"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
