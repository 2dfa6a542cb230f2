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

    def render_album(self, tracks):
        self.buttons.clear()
        for track in tracks:
            self.buttons[track.track_id] = Button(
                f"\u25b6 {track.title}", lambda: self.engine.load_and_play(track))
        return list(self.buttons)

    def click(self, track_id):
        self.buttons[track_id].click()


def main():
    engine = AudioEngine()
    panel = NowPlayingPanel(engine)
    panel.render_album([Track("t1", "Overture"), Track("t2", "Aria"), Track("t3", "Finale")])
    panel.click("t1")
    panel.click("t2")
    assert panel.buttons["t1"].label.endswith("Overture")
    assert engine.played == ["Finale", "Finale"], engine.played
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
