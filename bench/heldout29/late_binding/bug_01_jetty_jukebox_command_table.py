"""Jetty jukebox: a console command table for the pier-side jukebox.

Every track in the catalogue gets a short command ("play-1", "play-2"...)
in the CLI dispatcher, built once at start-up.
"""
import shlex
from dataclasses import dataclass


@dataclass(frozen=True)
class Track:
    number: int
    title: str
    artist: str
    seconds: int


class Jukebox:
    def __init__(self):
        self.now_playing = None
        self.history = []

    def play(self, track):
        self.now_playing = track
        self.history.append(track.number)
        return f"now playing #{track.number}: {track.title} - {track.artist}"


class CommandTable:
    def __init__(self, jukebox, catalogue):
        self.jukebox = jukebox
        self.commands = {"stop": self._stop, "history": self._history}
        for track in catalogue:
            self.commands[f"play-{track.number}"] = lambda: self.jukebox.play(track)

    def _stop(self):
        self.jukebox.now_playing = None
        return "stopped"

    def _history(self):
        return f"history: {self.jukebox.history}"

    def dispatch(self, line):
        name, *args = shlex.split(line)
        try:
            command = self.commands[name]
        except KeyError:
            return f"unknown command {name!r}"
        return command(*args)


CATALOGUE = [
    Track(1, "Jetty Lights", "The Pilings", 201),
    Track(2, "Salt on the Keys", "Marina Blue", 187),
    Track(3, "Low Tide Shuffle", "Gull Orchestra", 240),
]


def main():
    box = Jukebox()
    table = CommandTable(box, CATALOGUE)
    for line in ["play-1", "play-2", "history"]:
        print(f"> {line}\n{table.dispatch(line)}")
    if box.history != [1, 2]:
        print(f"requested tracks [1, 2] but played {box.history}")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
