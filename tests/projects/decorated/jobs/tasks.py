from .instrument import labelled, registered, timed, traced


@timed
def checksum(blob):
    return sum(blob) % 251


@labelled("size")
def size(blob):
    return len(blob)


@traced
def first(blob):
    return blob[:1]


@registered
def last(blob):
    return blob[-1:]
