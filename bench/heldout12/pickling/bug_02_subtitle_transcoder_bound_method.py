import threading
from concurrent.futures import ProcessPoolExecutor


def parse_srt(text):
    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        start, end = lines[1].split(" --> ")
        cues.append((start, end, " ".join(lines[2:])))
    return cues


class SubtitleTranscoder:
    def __init__(self, frame_rate):
        self.frame_rate = frame_rate
        self.completed = []
        self._progress_lock = threading.RLock()

    def _to_frames(self, stamp):
        h, m, rest = stamp.split(":")
        s, ms = rest.split(",")
        seconds = int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
        return round(seconds * self.frame_rate)

    def transcode_track(self, language, srt_text):
        lines = [f"{{{self._to_frames(a)}}}{{{self._to_frames(b)}}}{t}" for a, b, t in parse_srt(srt_text)]
        return language, "\n".join(lines)

    def mark_done(self, future):
        with self._progress_lock:
            self.completed.append(future.result()[0])

    def transcode_all(self, tracks):
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.transcode_track, lang, text) for lang, text in tracks.items()]
            return dict(f.result() for f in futures)


SRT = "1\n00:00:01,000 --> 00:00:03,500\nWhere is the ferry?\n\n2\n00:00:04,000 --> 00:00:06,000\nPier nine."


def main():
    transcoder = SubtitleTranscoder(frame_rate=25)
    try:
        transcoder.transcode_all({"en": SRT, "de": SRT.replace("ferry", "Fähre")})
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc).lower(), exc
        print("BUG SHOWN")
        return
    raise AssertionError("tracks transcoded in worker processes")


if __name__ == "__main__":
    main()
