"""Seaside pier attractions: each attraction notifies its own listeners."""


class Notifier:
    listeners = []

    def subscribe(self, fn):
        self.listeners.append(fn)
        return fn

    def notify(self, event):
        return [fn(event) for fn in self.listeners]


class Attraction(Notifier):
    def __init__(self, name, price):
        self.name = name
        self.price = price
        self.riders = 0

    def ride(self, count=1):
        self.riders += count
        return self.notify({"attraction": self.name, "riders": count})


class Pier:
    def __init__(self, town):
        self.town = town
        self.takings = {}

    def add(self, attraction):
        def on_ride(event):
            self.takings[event["attraction"]] = (
                self.takings.get(event["attraction"], 0) + attraction.price * event["riders"]
            )
            return attraction.name
        attraction.subscribe(on_ride)
        return attraction


def main():
    pier = Pier("Brightsea")
    carousel = pier.add(Attraction("carousel", 3))
    pier.add(Attraction("helter skelter", 2))
    carousel.ride(4)
    print("takings:", pier.takings)
    if pier.takings != {"carousel": 12}:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
