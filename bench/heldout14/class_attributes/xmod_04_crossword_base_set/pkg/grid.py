"""A tiny slot-based grid filler."""

from .wordlist import WordList


class Slot:
    def __init__(self, label, length):
        self.label = label
        self.length = length
        self.answer = None


class Puzzle:
    def __init__(self, title, slots, words):
        self.title = title
        self.slots = [Slot(label, n) for label, n in slots]
        self.words = WordList(words)

    def fill(self):
        for slot in self.slots:
            options = self.words.candidates(slot.length)
            if not options:
                raise LookupError(f"{self.title}: nothing fits {slot.label}")
            slot.answer = options[0]
            self.words.mark_used(slot.answer)
        return {s.label: s.answer for s in self.slots}
