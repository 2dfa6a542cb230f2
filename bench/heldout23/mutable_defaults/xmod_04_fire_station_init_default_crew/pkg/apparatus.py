"""Base apparatus record shared by every vehicle type on the station floor."""
from typing import List


class Apparatus:
    minimum_crew = 2
    kind = "apparatus"

    def __init__(self, call_sign: str, crew: List[str] = [], in_service: bool = True):
        self.call_sign = call_sign
        self.crew = crew
        self.in_service = in_service

    def ready(self) -> bool:
        return self.in_service and len(self.crew) >= self.minimum_crew

    def describe(self) -> str:
        names = ", ".join(self.crew) or "unstaffed"
        return f"{self.kind} {self.call_sign}: {names}"
