from .errors import CalibrationError, check_drift


class Observation:
    def __init__(self, target, drifts):
        self.target = target
        self.drifts = drifts
        self.flags = []


def calibrate(obs):
    """Check every antenna; remember the last failure for the report."""
    failure = None
    for antenna, drift in obs.drifts.items():
        try:
            check_drift(antenna, drift)
        except CalibrationError as failure:
            obs.flags.append(failure.antenna)
    return failure


def summarise(obs):
    last = calibrate(obs)
    if last is None:
        return f"{obs.target}: all antennas nominal"
    return f"{obs.target}: {len(obs.flags)} flagged, last {last}"
