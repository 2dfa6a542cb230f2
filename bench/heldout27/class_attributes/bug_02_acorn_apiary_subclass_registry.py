"""Acorn apiary: sensor plugins for hives in an oak-woodland apiary.

Each hive-sensor family decodes its own readings.  Decoders are registered on
the sensor class with a class-method decorator, and the gateway dispatches raw
readings to ``decode`` on whatever sensor produced them.
"""
import struct


class UnknownReading(LookupError):
    pass


class HiveSensor:
    model = "generic"
    decoders = {}

    @classmethod
    def decoder(cls, kind):
        def register(func):
            cls.decoders[kind] = func
            return func
        return register

    def __init__(self, hive_id):
        self.hive_id = hive_id

    def decode(self, kind, payload):
        try:
            func = self.decoders[kind]
        except KeyError:
            raise UnknownReading(f"{self.model}: no decoder for {kind!r}") from None
        return func(self, payload)


class BroodSensor(HiveSensor):
    """Sits inside the brood box; temperature in tenths of a degree."""
    model = "brood-t2"


class ScaleSensor(HiveSensor):
    """Hive scale under the floor; 'temperature' is the load cell's own."""
    model = "scale-w5"


@BroodSensor.decoder("temperature")
def brood_temperature(sensor, payload):
    (tenths,) = struct.unpack(">h", payload)
    return tenths / 10.0


@ScaleSensor.decoder("weight")
def scale_weight(sensor, payload):
    (grams,) = struct.unpack(">I", payload)
    return grams / 1000.0


@ScaleSensor.decoder("temperature")
def loadcell_temperature(sensor, payload):
    (hundredths,) = struct.unpack(">h", payload)
    return hundredths / 100.0


class Gateway:
    def __init__(self, sensors):
        self.sensors = {s.hive_id: s for s in sensors}

    def ingest(self, hive_id, kind, payload):
        return self.sensors[hive_id].decode(kind, payload)


def main():
    gateway = Gateway([BroodSensor("oak-3"), ScaleSensor("oak-3-scale")])
    brood = gateway.ingest("oak-3", "temperature", struct.pack(">h", 348))
    weight = gateway.ingest("oak-3-scale", "weight", struct.pack(">I", 41250))
    print(f"brood box: {brood} C, hive weight: {weight} kg")
    if brood != 34.8:
        print(f"brood decoded with {HiveSensor.decoders['temperature'].__name__}")
        print("BUG SHOWN")
    else:
        print("decoders independent")


if __name__ == "__main__":
    main()
