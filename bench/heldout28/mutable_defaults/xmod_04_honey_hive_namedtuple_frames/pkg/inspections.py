"""Field inspections: beekeepers record frames as they pull them."""
from .models import Frame


def record_frames(hive, observations):
    for position, (brood, honey) in enumerate(observations, start=1):
        hive.frames.append(Frame(position, brood, honey))
    return len(observations)


def harvest_plan(hives):
    return {hive.hive_id: len(hive.honey_frames()) for hive in hives}
