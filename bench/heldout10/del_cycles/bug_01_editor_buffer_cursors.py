import gc


class SwapFile:
    flushed = []

    def __init__(self, path):
        self.path = path

    def flush(self, text):
        SwapFile.flushed.append((self.path, len(text)))


class Cursor:
    def __init__(self, buffer, offset=0):
        self.buffer = buffer
        self.offset = offset

    def move(self, delta):
        self.offset = max(0, min(len(self.buffer.text), self.offset + delta))


class TextBuffer:
    def __init__(self, path, text=""):
        self.path = path
        self.text = text
        self.cursors = []
        self.swap = SwapFile(path + ".swp")

    def add_cursor(self, offset=0):
        cursor = Cursor(self, offset)
        self.cursors.append(cursor)
        return cursor

    def __del__(self):
        self.swap.flush(self.text)


class Editor:
    def __init__(self):
        self.open_buffers = {}

    def open(self, path, text):
        buf = TextBuffer(path, text)
        buf.add_cursor()
        self.open_buffers[path] = buf
        return buf

    def close(self, path):
        del self.open_buffers[path]


def main():
    gc.disable()
    try:
        editor = Editor()
        buf = editor.open("notes.md", "# Todo\n- ship it\n")
        buf.cursors[0].move(3)
        del buf
        editor.close("notes.md")
        assert SwapFile.flushed == [], SwapFile.flushed
        gc.collect()
        assert SwapFile.flushed == [("notes.md.swp", 17)], SwapFile.flushed
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
