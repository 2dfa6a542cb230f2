import sys


def skip_if(condition, reason):
    def mark(fn):
        fn.__dict__.setdefault("markers", []).append(("skip", bool(condition), reason))
        return fn
    return mark


def slow(fn):
    fn.__dict__.setdefault("markers", []).append(("slow", True, "slow test"))
    return fn


def should_skip(fn, options):
    for name, active, _reason in getattr(fn, "markers", ()):
        if name == "skip" and active:
            return True
        if name == "slow" and not options.get("run_slow", False):
            return True
    return False


ON_WINDOWS = sys.platform.startswith("win")
