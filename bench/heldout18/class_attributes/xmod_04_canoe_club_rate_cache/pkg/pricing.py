class RateCard:
    """Hire pricing with tiered hours; results are memoised."""

    hourly = 10.0
    _quotes = {}

    def _compute(self, hours):
        first = min(hours, 2) * self.hourly
        rest = max(hours - 2, 0) * self.hourly * 0.5
        return round(first + rest, 2)

    def quote(self, hours):
        if hours not in self._quotes:
            self._quotes[hours] = self._compute(hours)
        return self._quotes[hours]
