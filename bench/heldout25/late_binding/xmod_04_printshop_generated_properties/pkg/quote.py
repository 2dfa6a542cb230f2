"""Price a job ticket from the shop's rate card."""
from decimal import Decimal

PAPER_PER_SHEET = {"A4-80g": Decimal("0.04"), "A3-120g": Decimal("0.18"), "SRA3-300g": Decimal("0.55")}
FINISH_SETUP = {"none": Decimal("0"), "matte-laminate": Decimal("12.00"), "saddle-stitch": Decimal("8.50")}


class QuoteError(Exception):
    pass


def quote(job):
    try:
        per_sheet = PAPER_PER_SHEET[job.paper]
        setup = FINISH_SETUP[job.finish]
    except KeyError as exc:
        raise QuoteError(f"{job.ticket}: no rate for {exc.args[0]!r}") from None
    if not isinstance(job.copies, int):
        raise QuoteError(f"{job.ticket}: copies must be a whole number, got {job.copies!r}")
    return setup + per_sheet * job.copies
