from collections import defaultdict


class ResourceRecord:
    def __init__(self, name, rtype, data, ttl, stored_at):
        self.name = name
        self.rtype = rtype
        self.data = data
        self.ttl = ttl
        self.stored_at = stored_at

    def expires_at(self):
        return self.stored_at + self.ttl


class Zone:
    def __init__(self, origin):
        self.origin = origin
        self._rrsets = defaultdict(list)
        self.evicted = 0

    def add(self, record):
        self._rrsets[(record.name, record.rtype)].append(record)

    def rrset(self, name, rtype):
        return self._rrsets.get((name, rtype), [])

    def evict_if_stale(self, record, now):
        if record.expires_at() <= now:
            self._rrsets[(record.name, record.rtype)].remove(record)
            self.evicted += 1
            return True
        return False
