"""Contest logbook importer for an amateur radio club."""

import logging

log = logging.getLogger("logbook")
logging.basicConfig(level=logging.CRITICAL)

BANDS = {
    "40m": (7.0, 7.3),
    "20m": (14.0, 14.35),
    "15m": (21.0, 21.45),
}


class Contact:
    def __init__(self, callsign, freq_mhz, band, mode):
        self.callsign = callsign
        self.freq_mhz = freq_mhz
        self.band = band
        self.mode = mode

    def __repr__(self):
        return f"Contact({self.callsign} {self.freq_mhz} {self.band} {self.mode})"


def band_for(freq_mhz):
    for name, (lo, hi) in BANDS.items():
        if lo <= freq_mhz <= hi:
            return name
    return "out-of-band"


class LogbookImporter:
    def __init__(self):
        self.contacts = []
        self.warnings = []

    def parse_line(self, line):
        fields = line.split(",")
        callsign = fields[0].strip().upper()
        mode = fields[2].strip().upper() if len(fields) > 2 else "SSB"
        try:
            freq = float(fields[1])
        except ValueError:
            log.warning("bad frequency for %s: %r", callsign, fields[1])
            self.warnings.append(callsign)
        return Contact(callsign, freq, band_for(freq), mode)

    def import_text(self, text):
        for line in text.strip().splitlines():
            if line.startswith("#"):
                continue
            self.contacts.append(self.parse_line(line))
        return self.contacts

    def summary(self):
        per_band = {}
        for c in self.contacts:
            per_band[c.band] = per_band.get(c.band, 0) + 1
        return per_band


EXPORT = """
# call, MHz, mode
G4ABC, 14.205, SSB
DL1XYZ, 7.030, CW
VK2QQ, 21.3OO, SSB
JA1AAA, 14.074, FT8
"""


def main():
    importer = LogbookImporter()
    try:
        importer.import_text(EXPORT)
    except UnboundLocalError as exc:
        print("import aborted after", len(importer.contacts), "contacts:", exc)
        print("BUG SHOWN")
        return
    print(importer.summary())
    print("OK")


if __name__ == "__main__":
    main()
