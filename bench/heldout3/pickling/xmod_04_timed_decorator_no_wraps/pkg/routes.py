from concurrent.futures import ProcessPoolExecutor

from .geo import haversine_km


class RoutePlanner:
    def __init__(self, stops):
        self.stops = stops

    def legs(self):
        return list(zip(self.stops, self.stops[1:]))

    def total_km(self, workers=2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return sum(pool.map(haversine_km, self.legs()))
