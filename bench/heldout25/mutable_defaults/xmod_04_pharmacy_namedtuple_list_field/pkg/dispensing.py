"""Dispensing rules: a prescription may be filled once plus its refills."""


class RefillLimitReached(Exception):
    pass


def dispense(rx, on_date, log):
    if rx.fills_left <= 0:
        raise RefillLimitReached(f"{rx.rx_number} for {rx.patient}: no fills left")
    rx.fill_dates.append(on_date)
    log.append((on_date, rx.rx_number, rx.drug, rx.strength))
    return rx.fills_left
