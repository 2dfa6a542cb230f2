"""Session snapshots for a sound studio's mixing desk."""
import pickle
import threading


class Channel:
    def __init__(self, name, gain=0.0):
        self.name = name
        self.gain = gain


class MixingDesk:
    def __init__(self, channels):
        self.channels = {c.name: c for c in channels}
        self._fader_lock = threading.RLock()

    def set_gain(self, name, gain):
        with self._fader_lock:
            self.channels[name].gain = gain

    def render(self, seconds):
        return {n: round(c.gain * seconds, 2) for n, c in self.channels.items()}


class SessionArchive:
    """Stores deferred render jobs so they can be replayed on another machine."""

    def __init__(self):
        self.blobs = []

    def defer(self, job, *args):
        self.blobs.append(pickle.dumps((job, args)))

    def replay(self):
        return [job(*args) for job, args in map(pickle.loads, self.blobs)]


def main():
    desk = MixingDesk([Channel("kick", -3.0), Channel("vox", 1.5)])
    desk.set_gain("vox", 2.0)
    archive = SessionArchive()
    try:
        archive.defer(desk.render, 30)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        print("render job not archived:", exc)
        print("BUG SHOWN")
        return
    print(archive.replay())


if __name__ == "__main__":
    main()
