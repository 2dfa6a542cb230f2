import gc
import struct


class FrameError(ValueError):
    pass


class SdrReceiver:
    def __init__(self):
        self.claimed = False
        self.release_count = 0

    def claim(self):
        self.claimed = True

    def release(self):
        self.claimed = False
        self.release_count += 1


class TelemetryDecoder:
    SYNC = b"\x1a\xcf\xfc\x1d"

    def __init__(self, receiver):
        self.receiver = receiver
        self.receiver.claim()
        self.frames = []
        self.last_error = None

    def _parse(self, raw):
        if not raw.startswith(self.SYNC):
            raise FrameError(f"bad sync marker {raw[:4].hex()}")
        apid, seq, temp = struct.unpack(">HHh", raw[4:10])
        return {"apid": apid, "seq": seq, "temp_c": temp / 10}

    def feed(self, raw):
        try:
            self.frames.append(self._parse(raw))
        except (FrameError, struct.error) as exc:
            self.last_error = exc
            return False
        return True

    def __del__(self):
        self.receiver.release()


def main():
    gc.disable()
    try:
        sdr = SdrReceiver()
        decoder = TelemetryDecoder(sdr)
        assert decoder.feed(TelemetryDecoder.SYNC + struct.pack(">HHh", 0x0A2, 17, -123))
        assert not decoder.feed(b"\x00\x00\x00\x00garbage")
        del decoder
        assert sdr.claimed and sdr.release_count == 0
        gc.collect()
        assert not sdr.claimed and sdr.release_count == 1
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
