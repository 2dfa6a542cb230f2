from .keymap import DEFAULT_KEYMAP

SNIPPETS = {
    "ctrl+alt+d": "def ",
    "ctrl+alt+c": "class ",
    "ctrl+alt+r": "return ",
}


def install_snippet_commands(keymap=DEFAULT_KEYMAP):
    for chord, snippet in SNIPPETS.items():
        @keymap.bind(chord)
        def insert_snippet(buffer):
            buffer.insert(snippet)
            return snippet
    return keymap
