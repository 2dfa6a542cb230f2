from .resolver import Resolver


class CorporateResolver(Resolver):
    def __init__(self, zone, domains=()):
        super().__init__(zone)
        for domain in domains:
            self.add_search_domain(domain)

    def add_search_domain(self, domain):
        domain = domain.strip(".").lower()
        if domain not in self.search_domains:
            self.search_domains.append(domain)


class PublicResolver(Resolver):
    pass
