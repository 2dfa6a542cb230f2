"""Photo booth session that releases its print slot when closed."""

import gc

gc.disable()

RELEASED = []


class Strip:
    def __init__(self, frames):
        self.frames = frames


class BoothSession:
    def __init__(self, booth_id, style="classic"):
        self.booth_id = booth_id
        self.frames = []
        self.printer = self._print_classic if style == "classic" else self._print_colour

    def snap(self, pose):
        self.frames.append(pose)

    def _print_classic(self):
        return Strip([f"b/w {p}" for p in self.frames])

    def _print_colour(self):
        return Strip([f"colour {p}" for p in self.frames])

    def finish(self):
        return self.printer()

    def __del__(self):
        RELEASED.append(self.booth_id)


def run_session(booth_id):
    session = BoothSession(booth_id)
    for pose in ("smile", "silly", "serious", "wink"):
        session.snap(pose)
    return session


def main():
    session = run_session("PB-7")
    strip = session.finish()
    print("printed", len(strip.frames), "frames")
    del session
    if "PB-7" not in RELEASED:
        print("print slot for PB-7 still held after session dropped")
        print("BUG SHOWN")
    else:
        print("slot released")


if __name__ == "__main__":
    main()
