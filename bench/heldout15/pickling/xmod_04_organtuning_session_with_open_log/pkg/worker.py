import math


def cents_off(session, rank):
    """Return {note: cents sharp(+)/flat(-)} for one rank of pipes."""
    out = {}
    for r, note, octave, hz in session.readings:
        if r != rank:
            continue
        target = session.target_hz(note, octave)
        out[f"{note}{octave}"] = round(1200 * math.log2(hz / target), 1)
    return out
