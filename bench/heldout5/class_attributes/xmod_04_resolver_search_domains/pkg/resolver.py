class Answer:
    def __init__(self, name, address):
        self.name = name
        self.address = address


class Resolver:
    search_domains = []
    ndots = 1

    def __init__(self, zone):
        self.zone = zone

    def candidates(self, name):
        if name.endswith("."):
            return [name]
        out = []
        if name.count(".") >= self.ndots:
            out.append(name + ".")
        out.extend(f"{name}.{domain}." for domain in self.search_domains)
        if name.count(".") < self.ndots:
            out.append(name + ".")
        return out

    def resolve(self, name):
        for fqdn in self.candidates(name):
            if fqdn in self.zone:
                return Answer(fqdn, self.zone[fqdn])
        raise LookupError(name)
