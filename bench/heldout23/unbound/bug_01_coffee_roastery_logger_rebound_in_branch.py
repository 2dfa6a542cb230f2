"""Roast-profile exporter for a small-batch coffee roastery.

Each roast batch records temperature samples from the drum probe.  The
exporter turns a batch into a CSV-ish text block that the cupping team
imports into their spreadsheet.  Decaf lots get their own child logger so
that their (noisier) probe warnings can be filtered separately.
"""
import io
import logging
from dataclasses import dataclass, field
from typing import List, Tuple

log = logging.getLogger("roastery.export")
log.addHandler(logging.NullHandler())

FIRST_CRACK_C = 196.0


@dataclass
class RoastBatch:
    lot_code: str
    origin: str
    green_weight_kg: float
    samples: List[Tuple[int, float]] = field(default_factory=list)

    @property
    def is_decaf(self) -> bool:
        return self.origin.lower().startswith("decaf")

    def development_time(self) -> int:
        crack_at = next((t for t, temp in self.samples if temp >= FIRST_CRACK_C), None)
        if crack_at is None:
            return 0
        return self.samples[-1][0] - crack_at


def _format_row(seconds: int, temp: float) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{minutes:02d}:{secs:02d},{temp:.1f}"


def export_profile(batch: RoastBatch) -> str:
    log.debug("exporting lot %s (%d samples)", batch.lot_code, len(batch.samples))
    out = io.StringIO()
    out.write(f"# lot={batch.lot_code} origin={batch.origin}\n")
    out.write(f"# green_kg={batch.green_weight_kg:.2f}\n")

    for seconds, temp in batch.samples:
        out.write(_format_row(seconds, temp) + "\n")

    dev = batch.development_time()
    if batch.is_decaf:
        log = logging.getLogger("roastery.export.decaf")
        if dev < 60:
            log.warning("decaf lot %s under-developed (%ds)", batch.lot_code, dev)
    out.write(f"# development_s={dev}\n")
    return out.getvalue()


def export_all(batches: List[RoastBatch]) -> List[str]:
    exported = []
    for batch in batches:
        exported.append(export_profile(batch))
    return exported


def demo_batches() -> List[RoastBatch]:
    ethiopia = RoastBatch("R-1041", "Ethiopia Guji", 4.5)
    for i, temp in enumerate([180.0, 188.5, 194.0, 197.2, 201.8, 205.0]):
        ethiopia.samples.append((i * 45, temp))
    decaf = RoastBatch("R-1042", "Decaf Colombia", 3.0)
    for i, temp in enumerate([175.0, 186.0, 196.5, 199.0]):
        decaf.samples.append((i * 30, temp))
    return [ethiopia, decaf]


def main() -> None:
    batches = demo_batches()
    try:
        blocks = export_all(batches)
    except UnboundLocalError as exc:
        print(f"export failed: {exc}")
        print("BUG SHOWN")
        return
    for block in blocks:
        print(block)
    print("all lots exported")


if __name__ == "__main__":
    main()
