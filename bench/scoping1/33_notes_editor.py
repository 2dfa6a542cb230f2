"""Default editor and pager selection for the notes CLI."""
import os
import shutil
import sys

if sys.platform == "win32":
    DEFAULT_EDITOR = "notepad.exe"
    PATH_SEP = ";"
elif sys.platform == "darwin":
    DEFAULT_EDITOR = "open -e"
    PATH_SEP = ":"
else:
    DEFAULT_EDITOR = "vi"
    PATH_SEP = ":"

if os.environ.get("NOTES_PAGER"):
    PAGER = os.environ["NOTES_PAGER"]
else:
    PAGER = "less -R" if shutil.which("less") else "more"

for candidate in ("VISUAL", "EDITOR"):
    chosen_editor = os.environ.get(candidate)
    if chosen_editor:
        break
else:
    chosen_editor = DEFAULT_EDITOR

EDITOR = chosen_editor or DEFAULT_EDITOR


def command_for(note_path):
    return f"{EDITOR} {note_path}"


if __name__ == "__main__":
    assert command_for("todo.md").endswith("todo.md")
    assert PAGER and PATH_SEP
    print("OK")
