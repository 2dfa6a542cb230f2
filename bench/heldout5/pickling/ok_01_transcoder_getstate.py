import functools
import threading
from concurrent.futures import ProcessPoolExecutor


class Transcoder:
    def __init__(self, codec, bitrate):
        self.codec = codec
        self.bitrate = bitrate
        self._lock = threading.Lock()
        self.completed = 0

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def transcode(self, clip):
        name, seconds = clip
        return f"{name.rsplit('.', 1)[0]}.{self.codec}", seconds * self.bitrate // 8

    def _done(self, n):
        with self._lock:
            self.completed += n

    def run(self, clips, workers=2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(self.transcode, clips))
        self._done(len(results))
        return results


def estimate_size(bitrate, clip):
    return clip[1] * bitrate // 8


if __name__ == "__main__":
    coder = Transcoder("webm", 800)
    clips = [("intro.mov", 10), ("talk.mov", 120)]
    assert coder.run(clips) == [("intro.webm", 1000), ("talk.webm", 12000)]
    assert coder.completed == 2
    with ProcessPoolExecutor(max_workers=2) as pool:
        sizes = list(pool.map(functools.partial(estimate_size, 400), clips))
    assert sizes == [500, 6000]
    print("OK")
