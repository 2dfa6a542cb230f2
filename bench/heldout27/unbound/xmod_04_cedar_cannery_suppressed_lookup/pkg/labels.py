"""Label station: turns lots into printable labels."""
import logging
from contextlib import suppress

from .catalog import UnknownProduct, tin_grams, title_for
from .models import Label

log = logging.getLogger("cannery.labels")
log.addHandler(logging.NullHandler())

SMOKE_NOTE_HOURS = 6


def label_for(lot):
    title = title_for(lot.product)
    if lot.smoke_hours >= SMOKE_NOTE_HOURS:
        title += " (slow smoked)"
    with suppress(UnknownProduct):
        grams = tin_grams(lot.product)
        log.debug("lot %s uses %d g tins", lot.code, grams)
    return Label(lot.code, title, grams, lot.tins)


def print_run(lots):
    return [label_for(lot).render() for lot in lots]
