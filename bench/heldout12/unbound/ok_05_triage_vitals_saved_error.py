class SensorTimeout(Exception):
    pass


class TriageError(Exception):
    pass


class VitalsMonitor:
    def __init__(self, readings):
        self._readings = readings

    def read(self, patient_id):
        queue = self._readings.get(patient_id, [])
        if not queue:
            raise SensorTimeout(f"no signal from bed monitor for {patient_id}")
        result = queue.pop(0)
        if result is None:
            raise SensorTimeout(f"monitor timed out for {patient_id}")
        return result


class TriageDesk:
    RETRIES = 2

    def __init__(self, monitor):
        self.monitor = monitor
        self.log = []

    def _acuity(self, vitals):
        if vitals["spo2"] < 90 or vitals["hr"] > 130:
            return 1
        if vitals["temp"] > 39.0:
            return 2
        return 4

    def assess(self, patient_id):
        last_error = None
        for attempt in range(self.RETRIES):
            try:
                vitals = self.monitor.read(patient_id)
                break
            except SensorTimeout as exc:
                last_error = exc
                self.log.append((patient_id, attempt, str(exc)))
        else:
            raise TriageError(f"could not obtain vitals for {patient_id}") from last_error
        return self._acuity(vitals)


def main():
    monitor = VitalsMonitor({
        "P-100": [None, {"spo2": 88, "hr": 120, "temp": 37.1}],
        "P-200": [None, None],
    })
    desk = TriageDesk(monitor)
    assert desk.assess("P-100") == 1
    try:
        desk.assess("P-200")
    except TriageError as err:
        assert isinstance(err.__cause__, SensorTimeout)
        assert len(desk.log) == 3
        print("OK")
        return
    raise AssertionError("assessment succeeded without vitals")


if __name__ == "__main__":
    main()
