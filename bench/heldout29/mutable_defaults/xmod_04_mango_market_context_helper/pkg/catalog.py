from decimal import Decimal

BASE_PRICES = {
    "alphonso": Decimal("2.40"),
    "kent": Decimal("1.90"),
    "ataulfo": Decimal("1.60"),
}

REGION_TAX = {
    "north": Decimal("0.20"),
    "south": Decimal("0.05"),
}
