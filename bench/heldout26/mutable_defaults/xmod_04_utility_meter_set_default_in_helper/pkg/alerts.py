"""Alert rules shared by all meter types."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Alert:
    code: str
    detail: str


RULES = (
    ("LEAK", lambda r: r["night_flow_l"] > 5, "continuous night flow"),
    ("TAMPER", lambda r: r["magnet_detected"], "magnetic field near register"),
    ("REVERSE", lambda r: r["delta_l"] < 0, "register running backwards"),
)


def raised_codes(reading):
    return [(code, text) for code, rule, text in RULES if rule(reading)]


def fresh_alerts(reading, already_sent=set()):
    """Return alerts not yet sent for this meter's current episode."""
    out = []
    for code, text in raised_codes(reading):
        if code in already_sent:
            continue
        already_sent.add(code)
        out.append(Alert(code, text))
    return out
