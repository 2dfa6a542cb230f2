"""Parse flight progress strips handed over between sectors."""


class StripError(Exception):
    pass


class Strip:
    def __init__(self, callsign, level, squawk):
        self.callsign = callsign
        self.level = level
        self.squawk = squawk

    def __repr__(self):
        return f"Strip({self.callsign}, FL{self.level}, {self.squawk})"


FORMATS = [
    lambda raw: raw.split("/"),
    lambda raw: raw.split(";"),
    lambda raw: raw.split(),
]


def _decode(parts):
    callsign, level, squawk = parts
    level = int(level.removeprefix("FL"))
    if not squawk.isdigit() or len(squawk) != 4:
        raise ValueError(f"bad squawk {squawk!r}")
    return Strip(callsign.upper(), level, squawk)


def parse_strip(raw):
    """Try each known layout; report the last problem if none fits."""
    for splitter in FORMATS:
        try:
            return _decode(splitter(raw))
        except ValueError as exc:
            continue
    raise StripError(f"cannot read strip {raw!r}: {exc}")


class SectorBoard:
    def __init__(self, name):
        self.name = name
        self.strips = []
        self.rejected = []

    def hand_over(self, raw):
        try:
            self.strips.append(parse_strip(raw))
        except StripError as err:
            self.rejected.append(str(err))


def main():
    board = SectorBoard("LON-S")
    board.hand_over("baw123/FL350/4521")
    board.hand_over("EZY88;FL240;7000")
    crashed = None
    try:
        board.hand_over("RYR9 FLxx 12")
    except NameError as exc:
        crashed = exc
    print("strips:", board.strips)
    print("rejected:", board.rejected)
    print("crashed with:", type(crashed).__name__, crashed)
    if isinstance(crashed, UnboundLocalError) and not board.rejected:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
