import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from .subtitles import retime_cue


class SubtitleTrack:
    def __init__(self, language, cues):
        self.language = language
        self.cues = cues

    def shifted(self, offset_ms, workers=2):
        job = partial(retime_cue, offset_ms=offset_ms)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return SubtitleTrack(self.language, list(pool.map(job, self.cues)))


def main():
    track = SubtitleTrack("fr", [
        (1, "00:00:01,000 --> 00:00:03,500", "Bonjour."),
        (2, "00:00:04,000 --> 00:00:06,250", "Comment allez-vous ?"),
    ])
    assert retime_cue(track.cues[0], 500)[1] == "00:00:01,500 --> 00:00:04,000"
    try:
        track.shifted(1500)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        assert "timed.<locals>.decorate.<locals>.wrapper" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("cues retimed in worker processes")


if __name__ == "__main__":
    main()
