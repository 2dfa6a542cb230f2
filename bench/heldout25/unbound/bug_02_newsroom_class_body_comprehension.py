"""Per-desk style guides for a newsroom copy-editing tool.

Every desk (sports, politics, culture...) gets its own style guide class,
built from the house spellings minus the words that desk bans outright.
Copy is run through the guide of the desk that filed it.
"""
import re
from collections import defaultdict

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")

HOUSE_SPELLINGS = {
    "email": "e-mail",
    "website": "web site",
    "okay": "OK",
    "toward": "towards",
    "awesome": "remarkable",
}


class StyleGuide:
    desk = "general"
    BANNED = frozenset()
    REWRITES = dict(HOUSE_SPELLINGS)

    def apply(self, text):
        def fix(match):
            word = match.group(0)
            return self.REWRITES.get(word.lower(), word)

        return WORD.sub(fix, text)

    def violations(self, text):
        words = {w.lower() for w in WORD.findall(text)}
        return sorted(words & self.BANNED)


def build_desk_guide(desk_name, banned_words):
    class DeskGuide(StyleGuide):
        desk = desk_name
        BANNED = frozenset(w.lower() for w in banned_words)
        REWRITES = {
            word: spelled
            for word, spelled in HOUSE_SPELLINGS.items()
            if word not in BANNED
        }

    DeskGuide.__name__ = DeskGuide.__qualname__ = f"{desk_name.title()}Guide"
    return DeskGuide


class CopyDesk:
    def __init__(self):
        self.guides = {"general": StyleGuide()}
        self.flags = defaultdict(list)

    def add_desk(self, name, banned_words):
        self.guides[name] = build_desk_guide(name, banned_words)()

    def edit(self, desk, slug, text):
        guide = self.guides.get(desk, self.guides["general"])
        for word in guide.violations(text):
            self.flags[slug].append(word)
        return guide.apply(text)


def main():
    desk = CopyDesk()
    print(desk.edit("general", "weather-01", "Check the website for okay weather"))
    try:
        desk.add_desk("sports", ["awesome", "okay"])
        desk.add_desk("politics", ["toward"])
    except NameError as exc:
        print("could not set up desk style guides:", exc)
        print("BUG SHOWN")
        return
    print(desk.edit("sports", "derby-12", "An awesome derby, okay?"))
    print(dict(desk.flags))


if __name__ == "__main__":
    main()
