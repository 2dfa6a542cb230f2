import functools


class Track:
    def __init__(self, track_id, title):
        self.track_id = track_id
        self.title = title


class AudioEngine:
    def __init__(self):
        self.played = []

    def load_and_play(self, track):
        self.played.append(track.title)


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click()


class NowPlayingPanel:
    def __init__(self, engine):
        self.engine = engine
        self.buttons = {}
        self.hovers = {}

    def render_album(self, tracks):
        self.buttons.clear()
        for track in tracks:
            self.buttons[track.track_id] = Button(
                f"\u25b6 {track.title}", functools.partial(self.engine.load_and_play, track))
            self.hovers[track.track_id] = lambda t=track: f"{t.title} ({t.track_id})"
        return list(self.buttons)

    def click(self, track_id):
        self.buttons[track_id].click()


def main():
    engine = AudioEngine()
    panel = NowPlayingPanel(engine)
    panel.render_album([Track("t1", "Overture"), Track("t2", "Aria"), Track("t3", "Finale")])
    panel.click("t1")
    panel.click("t2")
    assert engine.played == ["Overture", "Aria"], engine.played
    assert panel.hovers["t1"]() == "Overture (t1)"
    print("OK")


if __name__ == "__main__":
    main()
