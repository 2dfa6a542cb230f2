"""Planetarium show scheduler: loads dome presets and builds a show plan."""

import json


class PresetError(Exception):
    pass


PRESETS = {
    "winter-sky": '{"stars": 9000, "duration": 35}',
    "mars-tour": '{"stars": 4000, "duration": "forty"}',
}


def load_preset(name):
    raw = PRESETS.get(name)
    if raw is None:
        raise PresetError("unknown preset " + name)
    data = json.loads(raw)
    if not isinstance(data["duration"], int):
        raise PresetError("bad duration in " + name)
    return data


class ShowPlanner:
    def __init__(self, dome_size):
        self.dome_size = dome_size
        self.warnings = []

    def _log(self, msg):
        self.warnings.append(msg)

    def _fetch(self, name):
        try:
            preset = load_preset(name)
            minutes = preset["duration"]
        except PresetError as exc:
            self._log(str(exc))
        else:
            self._log("loaded " + name)
        return self._finish(name, minutes)

    def _finish(self, name, minutes):
        return {"show": name, "minutes": minutes + 10, "dome": self.dome_size}

    def plan_evening(self, names):
        return [self._fetch(n) for n in names]


def main():
    planner = ShowPlanner(dome_size=18)
    try:
        plan = planner.plan_evening(["winter-sky", "mars-tour"])
    except UnboundLocalError as exc:
        print("planning failed:", exc)
        print("warnings:", planner.warnings)
        print("BUG SHOWN")
        return
    print(plan)
    print("OK")


if __name__ == "__main__":
    main()
