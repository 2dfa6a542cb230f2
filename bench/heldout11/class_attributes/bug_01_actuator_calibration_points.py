import statistics


class Actuator:
    calibration_points = []
    offset = 0.0
    gain = 1.0

    def __init__(self, name, channel):
        self.name = name
        self.channel = channel

    def record(self, commanded, measured):
        self.calibration_points.append((commanded, measured))

    def fit(self):
        cmds = [c for c, _ in self.calibration_points]
        meas = [m for _, m in self.calibration_points]
        slope, intercept = statistics.linear_regression(cmds, meas)
        self.gain = round(slope, 4)
        self.offset = round(intercept, 4)

    def command_for(self, target_angle):
        return (target_angle - self.offset) / self.gain


class Calibrator:
    def __init__(self, rig):
        self.rig = rig

    def run(self, actuator, setpoints):
        for cmd in setpoints:
            actuator.record(cmd, self.rig(actuator.channel, cmd))
        actuator.fit()
        return actuator


def bench_rig(channel, cmd):
    response = {0: (1.0, 2.0), 1: (0.5, -1.0)}
    slope, bias = response[channel]
    return slope * cmd + bias


if __name__ == "__main__":
    calibrator = Calibrator(bench_rig)
    shoulder = calibrator.run(Actuator("shoulder", 0), [0, 10, 20, 30])
    assert (shoulder.gain, shoulder.offset) == (1.0, 2.0)

    elbow = calibrator.run(Actuator("elbow", 1), [0, 10, 20, 30])
    assert len(elbow.calibration_points) == 8
    assert (elbow.gain, elbow.offset) != (0.5, -1.0), (elbow.gain, elbow.offset)
    print("BUG SHOWN")
