from .buffer import TextBuffer
from .commands import install_snippet_commands


def main():
    keymap = install_snippet_commands()
    buf = TextBuffer()
    keymap.dispatch("ctrl+alt+d", buf)
    keymap.dispatch("ctrl+alt+c", buf)
    assert buf.text == "return return ", repr(buf.text)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
