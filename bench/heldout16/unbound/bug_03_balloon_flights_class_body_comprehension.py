"""Balloon flight planning: wind limits by envelope class."""


class FlightRejected(Exception):
    pass


def knots(kmh):
    return round(kmh / 1.852, 1)


class EnvelopeLimits:
    """Per-envelope wind limits, precomputed at class creation."""

    SAFETY_MARGIN = 0.85
    ENVELOPES = {"AX7": 28.0, "AX8": 24.0, "AX9": 20.0}

    try:
        LIMITS_KNOTS = {name: knots(kmh * SAFETY_MARGIN)
                        for name, kmh in ENVELOPES.items()}
        build_error = None
    except NameError as exc:
        LIMITS_KNOTS = {}
        build_error = exc

    @classmethod
    def limit_for(cls, envelope):
        try:
            return cls.LIMITS_KNOTS[envelope]
        except KeyError:
            raise FlightRejected(f"no limit known for envelope {envelope}")


class FlightPlanner:
    def __init__(self, limits=EnvelopeLimits):
        self.limits = limits

    def check(self, envelope, forecast_knots):
        limit = self.limits.limit_for(envelope)
        return forecast_knots <= limit


def main():
    planner = FlightPlanner()
    flights = [("AX7", 9.0), ("AX8", 14.0), ("AX9", 6.5)]
    rejected = 0
    for envelope, wind in flights:
        try:
            ok = planner.check(envelope, wind)
            print(envelope, "go" if ok else "no-go")
        except FlightRejected as exc:
            rejected += 1
            print("rejected:", exc)
    if rejected == len(flights) and isinstance(EnvelopeLimits.build_error, NameError):
        print("limits table empty:", EnvelopeLimits.build_error)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
