"""Excursion policy: what happens to a lot that got too warm."""


def excursion(freezer, lot):
    return lot.max_logged_c > freezer.limit_c


def apply_excursion_policy(freezer, lot, report):
    if excursion(freezer, lot):
        freezer.move_to_quarantine(lot)
        report.append(f"{lot.lot_no} quarantined ({lot.max_logged_c} C > {freezer.limit_c} C)")
        return True
    return False
