class Instrument:
    filters = []
    exposure_limits = (0.001, 3600.0)

    def __init_subclass__(cls, filters=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.filters.extend(filters)

    def __init__(self, serial):
        self.serial = serial
        self.current_filter = None

    def select_filter(self, name):
        if name not in self.filters:
            raise ValueError(f"{type(self).__name__} has no filter {name!r}")
        self.current_filter = name

    def plan_exposure(self, seconds):
        lo, hi = self.exposure_limits
        return {"instrument": self.serial, "filter": self.current_filter,
                "seconds": min(max(seconds, lo), hi)}


class ImagingCamera(Instrument, filters=("U", "B", "V", "R", "I")):
    exposure_limits = (0.01, 900.0)


class Spectrograph(Instrument, filters=("grating-600", "grating-1200", "echelle")):
    exposure_limits = (1.0, 3600.0)


def main():
    cam = ImagingCamera("CCD-42")
    cam.select_filter("V")
    assert cam.plan_exposure(120)["filter"] == "V"

    spec = Spectrograph("SPEC-7")
    spec.select_filter("echelle")

    cam.select_filter("grating-1200")
    assert cam.current_filter == "grating-1200"
    assert ImagingCamera.filters is Spectrograph.filters is Instrument.filters
    assert len(Spectrograph.filters) == 8
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
