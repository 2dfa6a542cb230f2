import gc
import math


class TrackFile:
    def __init__(self, name, points):
        self.name = name
        self._points = points
        self.closed = False

    def read_points(self):
        return iter(self._points)

    def close(self):
        self.closed = True


class TrackSegmenter:
    def __init__(self, track_file, max_gap_m=200.0):
        self.track_file = track_file
        self.max_gap_m = max_gap_m
        self._stream = self._segments()

    @staticmethod
    def _distance(a, b):
        lat = math.radians((a[0] + b[0]) / 2)
        dx = (b[1] - a[1]) * 111_320 * math.cos(lat)
        dy = (b[0] - a[0]) * 110_540
        return math.hypot(dx, dy)

    def _segments(self):
        current = []
        for point in self.track_file.read_points():
            if current and self._distance(current[-1], point) > self.max_gap_m:
                yield current
                current = []
            current.append(point)
        if current:
            yield current

    def next_segment(self):
        return next(self._stream, None)

    def __del__(self):
        self.track_file.close()


def main():
    gc.disable()
    try:
        gpx = TrackFile("morning-ride.gpx", [(47.3769, 8.5417), (47.3771, 8.5420),
                                             (47.3900, 8.5600), (47.3902, 8.5603)])
        seg = TrackSegmenter(gpx)
        assert len(seg.next_segment()) == 2
        del seg
        assert not gpx.closed
        gc.collect()
        assert gpx.closed
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
