import gc

from .audio import AudioDevice
from .player import MusicPlayer


def main():
    gc.disable()
    try:
        player = MusicPlayer("hw:0", ["Intro", "Drift", "Coda"])
        player.play()
        player.track_ended.emit("Intro")
        assert player.current == "Drift"
        del player
        assert "hw:0" in AudioDevice.claimed
        gc.collect()
        assert "hw:0" not in AudioDevice.claimed
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
