"""Sawmill line controller: feeding logs through the band saw.

The saw occasionally jams on knots; the controller backs the carriage off
and retries a fixed number of times before escalating to the operator.
"""
import logging
from collections import deque
from dataclasses import dataclass

logger = logging.getLogger("sawmill.controller")
logger.addHandler(logging.NullHandler())


class BladeJam(Exception):
    def __init__(self, log_id, position_mm):
        super().__init__(f"blade jammed on {log_id} at {position_mm} mm")
        self.log_id = log_id
        self.position_mm = position_mm


class CutAborted(Exception):
    pass


@dataclass
class Log:
    log_id: str
    length_mm: int
    knots_at: tuple = ()


class BandSaw:
    def __init__(self, stubborn_knots):
        self._stubborn = set(stubborn_knots)
        self.passes = 0

    def cut(self, log):
        self.passes += 1
        for knot in log.knots_at:
            if knot in self._stubborn:
                raise BladeJam(log.log_id, knot)
        return [log.length_mm // 2, log.length_mm - log.length_mm // 2]


class LineController:
    def __init__(self, saw, retries=3):
        self.saw = saw
        self.retries = retries
        self.boards = deque()

    def _back_off(self, attempt):
        logger.info("backing carriage off, attempt %d", attempt)

    def process(self, log):
        for attempt in range(1, self.retries + 1):
            try:
                pieces = self.saw.cut(log)
            except BladeJam as jam:
                logger.warning("jam: %s", jam)
                self._back_off(attempt)
                continue
            self.boards.extend(pieces)
            return pieces
        raise CutAborted(
            f"{log.log_id}: gave up after {self.retries} tries "
            f"(last jam at {jam.position_mm} mm)"
        )


def main():
    saw = BandSaw(stubborn_knots={1250})
    controller = LineController(saw)
    batch = [
        Log("spruce-001", 4200, knots_at=(300, 2100)),
        Log("spruce-002", 3900, knots_at=(1250,)),
    ]
    for log in batch:
        try:
            controller.process(log)
        except CutAborted as exc:
            print(f"operator alerted: {exc}")
        except NameError as exc:
            print(f"controller crashed on {log.log_id}: {type(exc).__name__}: {exc}")
            print("BUG SHOWN")
            return
    print(f"boards produced: {len(controller.boards)}")
    print("OK")


if __name__ == "__main__":
    main()
