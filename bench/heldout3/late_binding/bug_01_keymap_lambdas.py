class Editor:
    def __init__(self):
        self.log = []

    def run_command(self, name):
        self.log.append(name)


class KeyBindings:
    DEFAULTS = {
        "ctrl+s": "save",
        "ctrl+z": "undo",
        "ctrl+shift+z": "redo",
    }

    def __init__(self, editor):
        self.editor = editor
        self.handlers = {}

    def install(self, overrides=None):
        keymap = dict(self.DEFAULTS, **(overrides or {}))
        for chord, command in keymap.items():
            self.handlers[chord] = lambda: self.editor.run_command(command)

    def press(self, chord):
        self.handlers[chord]()


def main():
    editor = Editor()
    keys = KeyBindings(editor)
    keys.install({"ctrl+p": "palette"})
    keys.press("ctrl+s")
    keys.press("ctrl+z")
    assert editor.log == ["palette", "palette"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
