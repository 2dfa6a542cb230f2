class StubResolver:
    def __init__(self, zone, clock):
        self.zone = zone
        self.clock = clock

    def answers(self, name, rtype="A"):
        now = self.clock()
        records = self.zone.rrset(name, rtype)
        fresh = []
        for i in range(len(records)):
            record = records[i]
            if self.zone.evict_if_stale(record, now):
                continue
            fresh.append((record.data, record.expires_at() - now))
        return fresh
