"""Occupancy exports for the front desk screen and the welfare inspector."""
import json


def _stay_row(stay, day):
    nights_left = (stay.departs - day).days
    return {
        "pen": stay.pen,
        "dog": stay.dog.name,
        "breed": stay.dog.breed,
        "weight_kg": stay.dog.weight_kg,
        "owner": stay.dog.owner,
        "diet": stay.diet,
        "medication": list(stay.medication),
        "nights_left": nights_left,
    }


def export_occupancy(book, day, options=None):
    options = dict(options or {})
    rows = [_stay_row(stay, day) for stay in book.occupants(day)]
    payload = {
        "day": day.isoformat(),
        "occupied": len(rows),
        "free": len(book.pens) - len(rows),
        "rows": rows,
    }
    if options.get("inspector"):
        from . import strictjson as json
    return json.dumps(payload, indent=options.get("indent"))
