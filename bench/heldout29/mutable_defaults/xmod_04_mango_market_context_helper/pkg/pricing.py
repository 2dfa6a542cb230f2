from decimal import Decimal, ROUND_HALF_UP

from .catalog import BASE_PRICES
from .enrich import add_bulk_discount, add_region


def quote(variety, qty, region, context={}):
    context = add_region(context, region)
    context = add_bulk_discount(context, qty)
    gross = BASE_PRICES[variety] * qty
    discount = gross * Decimal(context.get("discount", 0)) / 100
    net = (gross - discount) * (1 + context["tax_rate"])
    return {
        "variety": variety,
        "qty": qty,
        "region": context["region"],
        "total": net.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
    }
