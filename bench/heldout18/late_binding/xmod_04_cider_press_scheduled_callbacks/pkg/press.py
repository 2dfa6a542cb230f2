class Press:
    def __init__(self):
        self.pressed = []

    def press(self, batch):
        litres = round(batch["kg"] * 0.65, 1)
        self.pressed.append((batch["orchard"], litres))


def plan_day(scheduler, press, batches, minutes_per_batch=30):
    """Queue each delivered batch for its own slot on the press."""
    for slot, batch in enumerate(batches):
        scheduler.call_at(slot * minutes_per_batch, lambda: press.press(batch))
