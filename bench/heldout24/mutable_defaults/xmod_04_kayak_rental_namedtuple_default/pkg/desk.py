"""The counter workflow: take a request, build a quote, keep the day sheet."""
from .models import Quote
from .pricing import add_extra, price


class RentalDesk:
    def __init__(self, site):
        self.site = site
        self.day_sheet = []

    def quote_for(self, customer, boat, hours, wants=()):
        quote = Quote(customer, boat, hours)
        for name in wants:
            add_extra(quote, name)
        self.day_sheet.append(quote)
        return quote, price(quote)

    def summary(self):
        return [(q.describe(), price(q)) for q in self.day_sheet]
