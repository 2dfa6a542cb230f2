"""Thrift shop intake: tags donated items and builds price labels."""

CONDITION_DISCOUNT = {"new": 1.0, "good": 0.8, "worn": 0.5}


def base_price(category):
    return {"books": 2.0, "clothes": 5.0, "kitchen": 3.0}.get(category, 1.0)


def make_labels(donation, labels=[]):
    """Return a list of label strings for one donation bag."""
    for item, category, condition in donation:
        price = base_price(category) * CONDITION_DISCOUNT[condition]
        labels.append(f"{item}: £{price:.2f}")
    return labels


class IntakeDesk:
    def __init__(self):
        self.bags = {}

    def receive(self, donor, donation):
        self.bags[donor] = make_labels(donation)
        return self.bags[donor]

    def label_count(self, donor):
        return len(self.bags[donor])


def main():
    desk = IntakeDesk()
    desk.receive("Ada", [("teapot", "kitchen", "good"), ("novel", "books", "worn")])
    desk.receive("Ben", [("coat", "clothes", "new")])
    ben = desk.label_count("Ben")
    print("Ben's labels:", desk.bags["Ben"])
    if ben != 1:
        print(f"Ben donated 1 item but has {ben} labels")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
