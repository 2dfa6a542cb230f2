from .instrument import timed


def parse_timestamp(stamp):
    hms, millis = stamp.split(",")
    h, m, s = (int(part) for part in hms.split(":"))
    return ((h * 60 + m) * 60 + s) * 1000 + int(millis)


def format_timestamp(ms):
    s, millis = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d},{millis:03d}"


@timed("retime")
def retime_cue(cue, offset_ms):
    index, span, text = cue
    start, end = (parse_timestamp(p.strip()) for p in span.split("-->"))
    return index, f"{format_timestamp(start + offset_ms)} --> {format_timestamp(end + offset_ms)}", text
