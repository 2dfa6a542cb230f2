"""Page layout records for a yearbook press.

Student entries arrive as flat rows from the school's export.  A class
decorator turns a declared field list into read-only properties backed by
the row, and the layout engine reads those properties to typeset each
portrait caption.
"""
import textwrap


def row_fields(*names):
    """Expose each named column of ``self._row`` as a read-only property."""

    def decorate(cls):
        for name in names:
            def getter(self):
                return self._row[name]

            getter.__name__ = name
            setattr(cls, name, property(getter, doc=f"{name} column"))
        cls._fields = names
        return cls

    return decorate


@row_fields("student", "homeroom", "quote", "activities")
class Entry:
    def __init__(self, row):
        missing = [f for f in self._fields if f not in row]
        if missing:
            raise ValueError(f"row lacks {missing}")
        self._row = dict(row)

    def caption(self, width=32):
        lines = [f"{self.student}", f"Homeroom {self.homeroom}"]
        lines += textwrap.wrap(f'"{self.quote}"', width)
        lines.append(", ".join(self.activities))
        return "\n".join(lines)


def lay_out_page(entries, per_page=4):
    pages = []
    for start in range(0, len(entries), per_page):
        pages.append([e.caption() for e in entries[start:start + per_page]])
    return pages


def main():
    rows = [
        {"student": "Yara Okafor", "homeroom": "12B", "quote": "Onwards.",
         "activities": ["debate", "robotics"]},
        {"student": "Yusuf Lindqvist", "homeroom": "12A", "quote": "It works on my machine.",
         "activities": ["chess"]},
    ]
    entries = [Entry(row) for row in rows]
    for page in lay_out_page(entries):
        for caption in page:
            print(caption)
            print("-" * 32)

    first = entries[0]
    if first.student != "Yara Okafor":
        print(f"name line printed as {first.student!r}")
        print("BUG SHOWN")
    else:
        print("captions laid out")


if __name__ == "__main__":
    main()
