"""Shipment model using postponed evaluation of annotations."""
from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal
    from collections.abc import Iterator


@dataclasses.dataclass
class Parcel:
    tracking_id: str
    weight_kg: Decimal
    shipped: datetime.date
    carrier: Carrier | None = None


class Carrier:
    base_rate: Decimal
    code: str = "POST"

    def __init__(self, code: str) -> None:
        self.code = code

    def quote(self, parcel: Parcel) -> float:
        return round(2.5 + 1.2 * float(parcel.weight_kg), 2)


def iter_overweight(parcels: list[Parcel], limit: Decimal = 20) -> Iterator[Parcel]:
    return (parcel for parcel in parcels if parcel.weight_kg > limit)


if __name__ == "__main__":
    dhl = Carrier("DHL")
    parcels = [
        Parcel("T1", 3, datetime.date(2024, 6, 1), dhl),
        Parcel("T2", 25, datetime.date(2024, 6, 2)),
    ]
    assert [p.tracking_id for p in iter_overweight(parcels)] == ["T2"]
    assert dhl.quote(parcels[0]) == 6.1
    print("OK")
