import gc
import weakref


class SwapFile:
    flushed = []

    def __init__(self, path):
        self.path = path

    def flush(self, text):
        SwapFile.flushed.append((self.path, len(text)))


class Cursor:
    def __init__(self, buffer, offset=0):
        self._buffer = weakref.ref(buffer)
        self.offset = offset

    @property
    def buffer(self):
        buf = self._buffer()
        if buf is None:
            raise ReferenceError("buffer closed")
        return buf

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


def main():
    gc.disable()
    try:
        buf = TextBuffer("notes.md", "# Todo\n- ship it\n")
        cursor = buf.add_cursor()
        cursor.move(3)
        del buf
        assert SwapFile.flushed == [("notes.md.swp", 17)], SwapFile.flushed
        try:
            cursor.move(1)
        except ReferenceError:
            pass
        else:
            raise AssertionError("cursor outlived buffer")
    finally:
        gc.enable()
    print("OK")


if __name__ == "__main__":
    main()
