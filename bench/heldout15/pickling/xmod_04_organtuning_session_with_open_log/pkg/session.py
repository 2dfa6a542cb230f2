import tempfile

A4_HZ = 440.0
NOTE_INDEX = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}


class TuningSession:
    """One visit to one instrument; keeps a running log of readings."""

    def __init__(self, church, temperament="equal"):
        self.church = church
        self.temperament = temperament
        self.readings = []
        self.log = tempfile.TemporaryFile("w+")

    def target_hz(self, note, octave):
        semitones = NOTE_INDEX[note] + 12 * (octave - 4)
        return A4_HZ * 2 ** (semitones / 12)

    def read(self, rank, note, octave, measured_hz):
        self.readings.append((rank, note, octave, measured_hz))
        self.log.write(f"{rank} {note}{octave} {measured_hz}\n")

    def close(self):
        self.log.close()
