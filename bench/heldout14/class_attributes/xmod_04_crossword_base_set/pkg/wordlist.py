"""Word supply for grid filling; avoids repeating an answer in a puzzle."""


class WordList:
    used = set()

    def __init__(self, words):
        self.by_length = {}
        for w in words:
            self.by_length.setdefault(len(w), []).append(w.upper())

    def mark_used(self, word):
        self.used.add(word)

    def candidates(self, length, pattern=None):
        out = []
        for word in self.by_length.get(length, []):
            if word in self.used:
                continue
            if pattern and any(p not in (".", c) for p, c in zip(pattern, word)):
                continue
            out.append(word)
        return out
