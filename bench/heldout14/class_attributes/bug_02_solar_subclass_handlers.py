"""Solar farm telemetry: inverter models react to alarm codes via handlers."""


class Inverter:
    alarm_handlers = []

    def __init__(self, serial):
        self.serial = serial
        self.actions = []

    @classmethod
    def on_alarm(cls, code):
        def register(func):
            cls.alarm_handlers.append((code, func))
            return func
        return register

    def raise_alarm(self, code):
        for handled_code, func in self.alarm_handlers:
            if handled_code == code:
                func(self)
        return self.actions


class StringInverter(Inverter):
    pass


class CentralInverter(Inverter):
    pass


@StringInverter.on_alarm("OVERTEMP")
def derate_string(inv):
    inv.actions.append("derate 20%")


@CentralInverter.on_alarm("OVERTEMP")
def trip_central(inv):
    inv.actions.append("trip breaker")


@CentralInverter.on_alarm("GRID_LOSS")
def island_central(inv):
    inv.actions.append("anti-island stop")


class Farm:
    def __init__(self):
        self.inverters = []

    def add(self, inverter):
        self.inverters.append(inverter)
        return inverter

    def heatwave(self):
        return {inv.serial: inv.raise_alarm("OVERTEMP") for inv in self.inverters}


def main():
    farm = Farm()
    farm.add(StringInverter("SI-001"))
    farm.add(CentralInverter("CI-100"))
    result = farm.heatwave()
    print(result)
    if result["SI-001"] != ["derate 20%"]:
        print("string inverter ran handlers registered for another model")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
