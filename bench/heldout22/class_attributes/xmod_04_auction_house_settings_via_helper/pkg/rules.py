"""House rules applied when the catalogue is prepared."""

PREMIUM_SALE_RULES = {"increment": 500, "premium_pct": 25, "reserve": 20000}


def apply_rules(lot, rules):
    lot.settings.update(rules)
    return lot


def prepare_catalogue(lots, premium_threshold=10000):
    for lot in lots:
        if lot.estimate[1] >= premium_threshold:
            apply_rules(lot, PREMIUM_SALE_RULES)
    return lots
