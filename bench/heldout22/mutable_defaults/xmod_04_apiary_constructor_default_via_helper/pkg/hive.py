"""Hive model: a colony with its frames and treatment history."""


class Frame:
    def __init__(self, kind, fill=0.0):
        self.kind = kind          # "brood", "honey" or "foundation"
        self.fill = fill

    def __repr__(self):
        return f"Frame({self.kind}, {self.fill:.0%})"


class Hive:
    def __init__(self, hive_id, queen_year, frames=[], treatments=None):
        self.hive_id = hive_id
        self.queen_year = queen_year
        self.frames = frames
        self.treatments = list(treatments or [])

    def honey_frames(self):
        return [f for f in self.frames if f.kind == "honey"]

    def brood_frames(self):
        return [f for f in self.frames if f.kind == "brood"]

    def estimated_honey_kg(self):
        return round(sum(f.fill for f in self.honey_frames()) * 2.5, 1)
