"""Room configuration loader for an escape-room venue.

Each room is described by a compact, immutable-looking config record.  A
game master console unlocks extra clues during a session when a team is
stuck; those clues should only ever appear in that room's hint log.
"""
from typing import Dict, List, NamedTuple, Tuple


class RoomConfig(NamedTuple):
    slug: str
    title: str
    minutes: int = 60
    max_players: int = 6
    hints_unlocked: List[str] = []
    props: Tuple[str, ...] = ()


RAW_ROOMS = [
    {"slug": "pharaoh", "title": "Tomb of the Pharaoh", "minutes": 75,
     "props": ("sarcophagus", "scarab lock")},
    {"slug": "lab", "title": "Mad Scientist Lab", "max_players": 5,
     "props": ("uv torch", "chemical shelf")},
    {"slug": "heist", "title": "Casino Heist", "minutes": 90},
]


def load_rooms(raw: List[Dict]) -> Dict[str, RoomConfig]:
    rooms = {}
    for entry in raw:
        cfg = RoomConfig(**entry)
        rooms[cfg.slug] = cfg
    return rooms


class GameMasterConsole:
    def __init__(self, rooms: Dict[str, RoomConfig]):
        self.rooms = rooms
        self.elapsed: Dict[str, int] = {slug: 0 for slug in rooms}

    def tick(self, slug: str, minutes: int) -> None:
        self.elapsed[slug] += minutes

    def unlock_hint(self, slug: str, hint: str) -> None:
        cfg = self.rooms[slug]
        if hint not in cfg.hints_unlocked:
            cfg.hints_unlocked.append(hint)

    def remaining(self, slug: str) -> int:
        return self.rooms[slug].minutes - self.elapsed[slug]

    def status_board(self) -> List[str]:
        rows = []
        for slug, cfg in self.rooms.items():
            rows.append(f"{cfg.title:<22} {self.remaining(slug):>3} min left, "
                        f"{len(cfg.hints_unlocked)} hint(s)")
        return rows


def main() -> None:
    rooms = load_rooms(RAW_ROOMS)
    console = GameMasterConsole(rooms)
    console.tick("pharaoh", 40)
    console.unlock_hint("pharaoh", "the scarabs face the rising sun")
    console.tick("lab", 15)
    for row in console.status_board():
        print(row)

    lab_hints = rooms["lab"].hints_unlocked
    heist_hints = rooms["heist"].hints_unlocked
    if lab_hints or heist_hints:
        print(f"lab hint log shows {lab_hints} without any hint being given there")
        print("BUG SHOWN")
        return
    print("hint logs are per room")


if __name__ == "__main__":
    main()
