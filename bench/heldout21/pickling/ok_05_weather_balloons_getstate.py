"""Weather balloon telemetry: decode soundings in a process pool."""
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor


def decode_frame(frame):
    alt, temp, hum = frame.split(",")
    return {"alt_m": int(alt), "temp_c": float(temp), "rh": float(hum)}


class Sounding:
    def __init__(self, station, frames):
        self.station = station
        self.frames = list(frames)
        self._lock = threading.Lock()
        self.decoded = []

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def add(self, rows):
        with self._lock:
            self.decoded.extend(rows)


def decode_all(sounding, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        rows = list(pool.map(decode_frame, sounding.frames))
    sounding.add(rows)
    return sounding


def main():
    s = Sounding("Camborne", ["120,14.5,71", "1500,6.2,64", "5600,-18.0,40"])
    decode_all(s)
    assert [r["alt_m"] for r in s.decoded] == [120, 1500, 5600]
    copy_ = pickle.loads(pickle.dumps(s))
    assert copy_.decoded == s.decoded and copy_._lock is not s._lock
    copy_.add([{"alt_m": 9000, "temp_c": -45.0, "rh": 10.0}])
    assert len(copy_.decoded) == 4 and len(s.decoded) == 3
    print("top reading:", s.decoded[-1])
    print("OK")


if __name__ == "__main__":
    main()
