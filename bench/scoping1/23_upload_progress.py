"""Progress reporting for bulk uploads."""
import sys


def make_progress(total_bytes, report_every=0.25, stream=sys.stdout):
    sent = 0
    milestones = [report_every * step for step in range(1, int(1 / report_every) + 1)]

    def advance(nbytes):
        sent += nbytes
        fraction = sent / total_bytes if total_bytes else 1.0
        while milestones and fraction >= milestones[0]:
            stream.write(f"uploaded {milestones.pop(0):.0%}\n")
        return sent

    return advance


def upload(chunks):
    total = sum(len(chunk) for chunk in chunks)
    advance = make_progress(total)
    for chunk in chunks:
        advance(len(chunk))
    return total


if __name__ == "__main__":
    payload = [b"x" * 1024, b"y" * 2048, b"z" * 512]
    print("done:", upload(payload), "bytes")
