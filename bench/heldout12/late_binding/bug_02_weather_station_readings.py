def expose_channels(*channels):
    def decorate(cls):
        for channel in channels:
            getter = property(lambda self: self._latest.get(channel),
                              doc=f"latest {channel} reading")
            setattr(cls, channel, getter)
        cls.channels = channels
        return cls
    return decorate


@expose_channels("temperature", "humidity", "pressure")
class WeatherStation:
    def __init__(self, station_id):
        self.station_id = station_id
        self._latest = {}
        self._history = []

    def ingest(self, packet):
        self._history.append(packet)
        for key, value in packet.items():
            if key in self.channels:
                self._latest[key] = value

    def report(self):
        return {name: getattr(self, name) for name in self.channels}


def main():
    station = WeatherStation("EGLL-AWS-2")
    station.ingest({"temperature": 14.2, "humidity": 81, "pressure": 1012.6})
    station.ingest({"temperature": 14.6})
    report = station.report()
    assert station.temperature == 1012.6, report
    assert report == {"temperature": 1012.6, "humidity": 1012.6, "pressure": 1012.6}
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
