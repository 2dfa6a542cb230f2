"""Operator console for a Christmas market.

The market manager drives stalls from a small command table: one command per
stall to open it, one to close it, and a few global commands.  The table is
generated from the stall list so new stalls get commands automatically.
"""
import shlex


class Stall:
    def __init__(self, slug, owner, goods):
        self.slug = slug
        self.owner = owner
        self.goods = goods
        self.is_open = False

    def __repr__(self):
        state = "open" if self.is_open else "closed"
        return f"{self.slug} ({self.goods}, {state})"


class Market:
    def __init__(self, stalls):
        self.stalls = {s.slug: s for s in stalls}
        self.journal = []

    def open_stall(self, slug):
        self.stalls[slug].is_open = True
        self.journal.append(("open", slug))

    def close_stall(self, slug):
        self.stalls[slug].is_open = False
        self.journal.append(("close", slug))

    def status(self):
        return [repr(s) for s in self.stalls.values()]


def build_commands(market):
    commands = {"status": lambda: print("\n".join(market.status()))}
    for slug in market.stalls:
        commands[f"open-{slug}"] = lambda: market.open_stall(slug)
        commands[f"close-{slug}"] = lambda: market.close_stall(slug)
    commands["open-all"] = lambda: [cmd() for name, cmd in commands.items()
                                    if name.startswith("open-") and name != "open-all"]
    return commands


def run_script(commands, script):
    for line in script.strip().splitlines():
        name, *args = shlex.split(line)
        if name not in commands:
            print(f"unknown command {name!r}")
            continue
        commands[name](*args)


def main():
    market = Market([
        Stall("gluehwein", "Frau Berger", "mulled wine"),
        Stall("lebkuchen", "Herr Vogt", "gingerbread"),
        Stall("ornaments", "Ms. Ilves", "glass baubles"),
        Stall("chestnuts", "Mr. Costa", "roast chestnuts"),
    ])
    commands = build_commands(market)
    run_script(commands, """
        open-gluehwein
        open-lebkuchen
        status
    """)
    opened = {slug for action, slug in market.journal if action == "open"}
    print(f"journal: {market.journal}")
    if opened != {"gluehwein", "lebkuchen"}:
        print(f"asked to open gluehwein and lebkuchen, opened {sorted(opened)}")
        print("BUG SHOWN")
    else:
        print("console works")


if __name__ == "__main__":
    main()
