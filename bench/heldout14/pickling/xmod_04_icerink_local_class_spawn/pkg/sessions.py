"""Session types are generated from the rink's timetable configuration."""

TIMETABLE = {
    "public": {"ice_temp_c": -5.0, "max_skaters": 180},
    "hockey": {"ice_temp_c": -7.5, "max_skaters": 30},
    "figure": {"ice_temp_c": -4.0, "max_skaters": 12},
}


def session_type(kind):
    settings = TIMETABLE[kind]

    class Session:
        KIND = kind
        ICE_TEMP_C = settings["ice_temp_c"]
        MAX_SKATERS = settings["max_skaters"]

        def __init__(self, start, skaters):
            if skaters > self.MAX_SKATERS:
                raise ValueError(f"{kind} session over capacity")
            self.start = start
            self.skaters = skaters

        def wear(self):
            return self.skaters * (1.5 if self.KIND == "hockey" else 1.0)

    Session.__name__ = f"{kind.title()}Session"
    return Session


def build_day(bookings):
    return [session_type(kind)(start, skaters) for kind, start, skaters in bookings]
