"""Unit conversion constants for the telemetry ingestion service."""


class ByteUnits:
    KIB = 1024
    MIB = KIB * 1024
    GIB = MIB * 1024
    DEFAULT_CHUNK = 4 * MIB
    MAX_UPLOAD = 2 * GIB
    MAX_CHUNKS = MAX_UPLOAD // MIN_CHUNK
    MIN_CHUNK = 256 * KIB

    SUFFIXES = ("B", "KiB", "MiB", "GiB")

    @classmethod
    def humanize(cls, size):
        value = float(size)
        for suffix in cls.SUFFIXES:
            if value < 1024 or suffix == cls.SUFFIXES[-1]:
                return f"{value:.1f} {suffix}"
            value /= 1024
        return f"{size} B"


def plan_upload(total_bytes):
    chunk = max(ByteUnits.MIN_CHUNK, min(ByteUnits.DEFAULT_CHUNK, total_bytes // ByteUnits.MAX_CHUNKS))
    count = -(-total_bytes // chunk)
    return chunk, count


if __name__ == "__main__":
    chunk, count = plan_upload(900 * ByteUnits.MIB)
    print(ByteUnits.humanize(chunk), count)
