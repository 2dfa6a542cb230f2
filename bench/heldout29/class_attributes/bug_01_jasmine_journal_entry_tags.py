"""Jasmine journal: a tiny note-taking backend for a tea-tasting club.

Entries can be tagged; the index maps each tag to the entries carrying it.
"""
import itertools
from datetime import date


class JournalEntry:
    _ids = itertools.count(1)
    tags = []
    visibility = "private"

    def __init__(self, author, body, day):
        self.id = next(self._ids)
        self.author = author
        self.body = body
        self.day = day

    def tag(self, *labels):
        for label in labels:
            label = label.strip().lower()
            if label not in self.tags:
                self.tags.append(label)
        return self

    def publish(self):
        self.visibility = "public"


class TagIndex:
    def __init__(self):
        self._by_tag = {}

    def rebuild(self, entries):
        self._by_tag.clear()
        for entry in entries:
            for label in entry.tags:
                self._by_tag.setdefault(label, []).append(entry.id)

    def lookup(self, label):
        return self._by_tag.get(label, [])


def main():
    entries = [
        JournalEntry("mei", "First flush, floral and bright.", date(2024, 4, 2)).tag("Jasmine", "green"),
        JournalEntry("jon", "Smoky lapsang, too strong.", date(2024, 4, 3)).tag("black", "smoky"),
        JournalEntry("mei", "Oolong second steep.", date(2024, 4, 5)),
    ]
    entries[0].publish()
    index = TagIndex()
    index.rebuild(entries)

    print("visibility:", [e.visibility for e in entries])
    print("entries tagged 'smoky':", index.lookup("smoky"))
    if index.lookup("smoky") != [2]:
        print("untagged and unrelated entries share every tag:",
              entries[2].tags)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
