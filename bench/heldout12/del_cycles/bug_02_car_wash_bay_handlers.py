import gc


class PumpController:
    def __init__(self):
        self.running = set()
        self.shutdowns = []

    def start(self, pump):
        self.running.add(pump)

    def stop_all(self, bay):
        self.shutdowns.append((bay, sorted(self.running)))
        self.running.clear()


class WashBay:
    PROGRAMS = {"basic": ["prewash", "rinse"], "deluxe": ["prewash", "foam", "wax", "rinse"]}

    def __init__(self, bay_no, pumps):
        self.bay_no = bay_no
        self.pumps = pumps
        self.credit = 0
        self._handlers = {
            "coin": self._on_coin,
            "button": self._on_button,
        }

    def dispatch(self, event, payload):
        return self._handlers[event](payload)

    def _on_coin(self, cents):
        self.credit += cents

    def _on_button(self, program):
        price = 400 if program == "basic" else 900
        if self.credit < price:
            return False
        self.credit -= price
        for step in self.PROGRAMS[program]:
            self.pumps.start(step)
        return True

    def __del__(self):
        self.pumps.stop_all(self.bay_no)


def main():
    gc.disable()
    try:
        pumps = PumpController()
        bay = WashBay(3, pumps)
        bay.dispatch("coin", 500)
        bay.dispatch("coin", 500)
        assert bay.dispatch("button", "deluxe")
        del bay
        assert pumps.shutdowns == [] and pumps.running, pumps.shutdowns
        gc.collect()
        assert pumps.shutdowns == [(3, ["foam", "prewash", "rinse", "wax"])], pumps.shutdowns
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
