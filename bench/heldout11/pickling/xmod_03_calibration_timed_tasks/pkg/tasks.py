import statistics

from .instrument import timed


@timed
def calibrate_channel(job):
    channel, reference, raw = job
    slope, intercept = statistics.linear_regression(raw, reference)
    residual = max(abs(slope * r + intercept - ref) for r, ref in zip(raw, reference))
    return channel, round(slope, 4), round(intercept, 4), round(residual, 4)


def reference_points():
    return [0.0, 25.0, 50.0, 75.0, 100.0]
