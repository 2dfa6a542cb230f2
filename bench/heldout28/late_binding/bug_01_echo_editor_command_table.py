"""Echo editor: a tiny markdown editor core with a keyboard command table.

Formatting commands are generated from the style table when the editor
starts, then bound to key chords by the keymap.
"""
from dataclasses import dataclass

STYLES = {
    "bold": ("**", "**"),
    "italic": ("_", "_"),
    "code": ("`", "`"),
    "strike": ("~~", "~~"),
}

KEYMAP = {"ctrl+b": "format-bold", "ctrl+i": "format-italic",
          "ctrl+k": "format-code", "ctrl+shift+x": "format-strike"}


@dataclass
class Selection:
    start: int
    end: int


class Buffer:
    def __init__(self, text):
        self.text = text
        self.history = []

    def wrap(self, selection, opening, closing):
        self.history.append(self.text)
        before = self.text[:selection.start]
        inner = self.text[selection.start:selection.end]
        after = self.text[selection.end:]
        self.text = f"{before}{opening}{inner}{closing}{after}"

    def undo(self):
        if self.history:
            self.text = self.history.pop()


class Editor:
    def __init__(self, buffer):
        self.buffer = buffer
        self.commands = {"undo": lambda buf, sel: buf.undo()}
        for style, (opening, closing) in STYLES.items():
            self.commands[f"format-{style}"] = (
                lambda buf, sel: buf.wrap(sel, opening, closing)
            )

    def press(self, chord, selection):
        name = KEYMAP.get(chord, chord)
        self.commands[name](self.buffer, selection)
        return self.buffer.text


def main():
    editor = Editor(Buffer("Echo chambers amplify"))
    after_bold = editor.press("ctrl+b", Selection(0, 4))
    print("after ctrl+b:", after_bold)
    editor.press("undo", Selection(0, 0))
    after_code = editor.press("ctrl+k", Selection(5, 13))
    print("after ctrl+k:", after_code)

    if after_bold != "**Echo** chambers amplify":
        print("ctrl+b did not apply bold formatting")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
