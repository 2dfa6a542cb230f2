"""Context enrichment steps applied before pricing."""
from .catalog import REGION_TAX


def add_region(context, region):
    context.setdefault("region", region)
    context.setdefault("tax_rate", REGION_TAX[context["region"]])
    return context


def add_bulk_discount(context, qty):
    if qty >= 10:
        context["discount"] = context.get("discount", 0) + 5
    return context
