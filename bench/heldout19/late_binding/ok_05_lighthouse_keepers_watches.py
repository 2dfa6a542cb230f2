"""Watch rota callbacks for lighthouse keepers: values bound at creation."""

import functools


class Rota:
    def __init__(self):
        self.callbacks = {}

    def register(self, hour, callback):
        self.callbacks[hour] = callback

    def fire(self, hour):
        return self.callbacks[hour]()


def lamp_check(keeper, hour):
    return f"{keeper} checks the lamp at {hour:02d}:00"


def build_rota(keepers):
    rota = Rota()
    for i, keeper in enumerate(keepers):
        hour = i * 4
        rota.register(hour, functools.partial(lamp_check, keeper, hour))
    return rota


def build_log_writers(keepers):
    return {k: (lambda entry, k=k: f"{k}: {entry}") for k in keepers}


def make_alarm(level):
    def alarm():
        return f"fog level {level}"
    return alarm


def main():
    keepers = ["Agnes", "Bram", "Cal"]
    rota = build_rota(keepers)
    assert rota.fire(0) == "Agnes checks the lamp at 00:00"
    assert rota.fire(4) == "Bram checks the lamp at 04:00"
    writers = build_log_writers(keepers)
    assert writers["Agnes"]("calm") == "Agnes: calm"
    alarms = [make_alarm(n) for n in range(3)]
    assert [a() for a in alarms] == ["fog level 0", "fog level 1", "fog level 2"]
    print("OK")


if __name__ == "__main__":
    main()
