from typing import NamedTuple


class Session(NamedTuple):
    """One sauna slot; guests are added as they book."""
    room: str
    start_hour: int
    temperature: int = 80
    guests: list = []

    def label(self):
        return f"{self.room}@{self.start_hour}:00 ({self.temperature}C)"
