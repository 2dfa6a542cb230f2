"""Seed bank germination tests: per-drawer handlers and per-species checks."""

from functools import partial


class Drawer:
    def __init__(self, code, species, temp_c):
        self.code = code
        self.species = species
        self.temp_c = temp_c
        self.tests = []


class Vault:
    def __init__(self, drawers):
        self.drawers = {d.code: d for d in drawers}
        self.handlers = {}
        for code, drawer in self.drawers.items():
            self.handlers[code] = partial(self._log_test, drawer)
        self.alarms = [
            (lambda reading, d=drawer: reading > d.temp_c + 2)
            for drawer in self.drawers.values()
        ]

    def _log_test(self, drawer, germinated, sown):
        drawer.tests.append(round(germinated / sown, 2))
        return drawer.code

    def make_checker(self, minimum):
        def checker(drawer):
            return all(rate >= minimum for rate in drawer.tests)
        return checker


def main():
    vault = Vault([
        Drawer("A1", "wheat", -18),
        Drawer("B4", "barley", -20),
        Drawer("C2", "sorghum", -18),
    ])
    vault.handlers["A1"](92, 100)
    vault.handlers["B4"](71, 100)
    vault.handlers["C2"](88, 100)
    assert [d.tests for d in vault.drawers.values()] == [[0.92], [0.71], [0.88]]
    alarm_flags = [alarm(-17) for alarm in vault.alarms]
    assert alarm_flags == [False, True, False], alarm_flags
    checkers = {m: vault.make_checker(m) for m in (0.75, 0.9)}
    passing = {m: [d.code for d in vault.drawers.values() if c(d)] for m, c in checkers.items()}
    assert passing == {0.75: ["A1", "C2"], 0.9: ["A1"]}, passing
    print("passing:", passing)
    print("OK")


if __name__ == "__main__":
    main()
