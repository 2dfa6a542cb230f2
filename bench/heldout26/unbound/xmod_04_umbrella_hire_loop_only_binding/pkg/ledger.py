"""End-of-day ledger summaries for umbrella kiosks."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Return:
    umbrella_id: str
    hours_out: int
    kiosk: str

    @property
    def late_fee(self):
        return max(0, self.hours_out - 24) * 50


def summarize_returns(kiosk_name, returns):
    late_fees = 0
    for record in returns:
        late_fees += record.late_fee
        latest = record
    return {
        "kiosk": kiosk_name,
        "returned": len(returns),
        "late_fees_cents": late_fees,
        "last_umbrella": latest.umbrella_id,
    }
