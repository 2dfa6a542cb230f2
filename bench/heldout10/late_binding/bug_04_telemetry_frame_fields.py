import struct


def frame_layout(*fields):
    fmt = "<" + "".join(code for _, code in fields)

    def decorate(cls):
        cls._struct = struct.Struct(fmt)
        cls._field_names = [name for name, _ in fields]
        for index, (name, _) in enumerate(fields):
            setattr(cls, name, property(lambda self: self._values[index]))
        return cls

    return decorate


@frame_layout(("sat_id", "H"), ("battery_mv", "I"), ("temp_c", "h"))
class TelemetryFrame:
    def __init__(self, raw):
        self._values = self._struct.unpack(raw)

    @classmethod
    def pack(cls, **values):
        return cls._struct.pack(*(values[n] for n in cls._field_names))

    def as_dict(self):
        return dict(zip(self._field_names, self._values))


class GroundStation:
    def __init__(self):
        self.frames = []

    def receive(self, raw):
        frame = TelemetryFrame(raw)
        self.frames.append(frame)
        return frame


def main():
    station = GroundStation()
    raw = TelemetryFrame.pack(sat_id=7, battery_mv=3712, temp_c=-14)
    frame = station.receive(raw)
    assert frame.as_dict() == {"sat_id": 7, "battery_mv": 3712, "temp_c": -14}
    assert frame.sat_id == -14 and frame.battery_mv == -14, (frame.sat_id, frame.battery_mv)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
