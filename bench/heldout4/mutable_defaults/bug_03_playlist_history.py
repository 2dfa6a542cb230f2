class PlayHistory:
    def __init__(self):
        self.played = []

    def record(self, track):
        self.played.append(track)

    def recent(self, n=3):
        return self.played[-n:]


class Playlist:
    def __init__(self, name, tracks, history=PlayHistory()):
        self.name = name
        self.tracks = list(tracks)
        self.history = history

    def play_all(self):
        for track in self.tracks:
            self.history.record(track)
        return self.history.recent()


def main():
    morning = Playlist("morning", ["intro", "sunrise"])
    morning.play_all()
    evening = Playlist("evening", ["dusk"])
    recent = evening.play_all()
    assert recent == ["intro", "sunrise", "dusk"], recent
    assert evening.history is morning.history
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
