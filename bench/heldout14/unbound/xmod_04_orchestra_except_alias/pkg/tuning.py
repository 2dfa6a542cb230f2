"""Tuning checks against the concert A."""


class TuningError(Exception):
    def __init__(self, instrument, cents):
        super().__init__(f"{instrument} is {cents:+d} cents off")
        self.instrument = instrument
        self.cents = cents


class Instrument:
    def __init__(self, name, section, cents_off):
        self.name = name
        self.section = section
        self.cents_off = cents_off


TOLERANCE_CENTS = 5


def check(instrument):
    if abs(instrument.cents_off) > TOLERANCE_CENTS:
        raise TuningError(instrument.name, instrument.cents_off)
    return True
