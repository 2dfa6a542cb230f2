"""Base firing profile: a list of ramp/target/hold segments per clay body."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    ramp_c_per_h: int
    target_c: int
    hold_min: int = 0

    def hours_from(self, start_c):
        return abs(self.target_c - start_c) / self.ramp_c_per_h + self.hold_min / 60


class FiringProfile:
    name = "generic"
    segments = []
    max_safe_c = 1300

    @classmethod
    def add_segment(cls, ramp, target, hold=0):
        if target > cls.max_safe_c:
            raise ValueError(f"{cls.name}: {target}C exceeds kiln limit")
        cls.segments.append(Segment(ramp, target, hold))

    @classmethod
    def peak(cls):
        return max((s.target_c for s in cls.segments), default=20)

    @classmethod
    def duration_hours(cls, room_c=20):
        hours, current = 0.0, room_c
        for segment in cls.segments:
            hours += segment.hours_from(current)
            current = segment.target_c
        return round(hours, 1)

    @classmethod
    def program_text(cls):
        rows = [f"{cls.name}:"]
        for index, s in enumerate(cls.segments, start=1):
            rows.append(f"  seg {index}: {s.ramp_c_per_h}C/h to {s.target_c}C hold {s.hold_min}m")
        return "\n".join(rows)
