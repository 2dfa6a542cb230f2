"""Record what a beekeeper found while going through a hive."""
from .hive import Frame


def record_inspection(hive, findings):
    """Apply an inspection sheet: a list of (kind, fill) tuples per box."""
    for kind, fill in findings:
        add_frame(hive, kind, fill)
    return hive


def add_frame(hive, kind, fill):
    hive.frames.append(Frame(kind, fill))


def needs_super(hive):
    honey = hive.honey_frames()
    return len(honey) >= 3 and all(f.fill > 0.7 for f in honey)
