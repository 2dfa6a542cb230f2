import textwrap

INDENT = "    "


class EditorBuffer:
    def __init__(self, text, custom_indents=None):
        self.lines = text.splitlines()
        self.custom_indents = custom_indents or []

    def _depth(self, line):
        stripped = line.lstrip(" \t")
        return (len(line) - len(stripped)) // 4, stripped

    def reindent(self):
        out = []
        for line in self.lines:
            depth, body = self._depth(line)
            out.append(INDENT * depth + body)
        for INDENT in self.custom_indents:
            out = [l.replace("\t", INDENT) for l in out]
        self.lines = out
        return self

    def render(self):
        return "\n".join(self.lines)


class Editor:
    def __init__(self):
        self.buffers = {}

    def open(self, name, text):
        self.buffers[name] = EditorBuffer(textwrap.dedent(text))
        return self.buffers[name]

    def format_all(self):
        return {name: buf.reindent().render() for name, buf in self.buffers.items()}


def main():
    editor = Editor()
    editor.open("main.py", "def f():\n        return 1\n")
    try:
        editor.format_all()
    except UnboundLocalError as exc:
        assert "INDENT" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("reindent worked")


if __name__ == "__main__":
    main()
