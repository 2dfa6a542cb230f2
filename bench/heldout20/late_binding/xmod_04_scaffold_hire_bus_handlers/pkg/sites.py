class Site:
    def __init__(self, code, towers):
        self.code = code
        self.towers = towers
        self.inspections = []


def wire_inspections(bus, sites):
    for site in sites:
        def inspect(payload):
            site.inspections.append(payload["date"])
            return site.code
        bus.on(f"inspect:{site.code}", inspect)
