"""Fire lookout tower: propagate smoke sightings to neighbouring towers."""
from collections import defaultdict


class TowerNetwork:
    def __init__(self):
        self.links = defaultdict(list)
        self.alerts = defaultdict(int)

    def link(self, a, b):
        self.links[a].append(b)

    def neighbours(self, tower):
        return self.links[tower]

    def spread(self):
        """Each tower that has seen smoke warns the towers it links to."""
        for tower in self.links:
            for other in self.neighbours(tower):
                self.alerts[other] += 1
                for far in self.neighbours(other):
                    self.alerts[far] += 0

    def report(self):
        ranked = sorted(self.alerts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [f"{name}: {count} warning(s)" for name, count in ranked]


def main():
    net = TowerNetwork()
    net.link("Eagle Peak", "Pine Ridge")
    net.link("Pine Ridge", "Bald Knob")
    net.link("Bald Knob", "Cedar Point")
    try:
        net.spread()
        for line in net.report():
            print(line)
    except RuntimeError as exc:
        print("propagation aborted:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
