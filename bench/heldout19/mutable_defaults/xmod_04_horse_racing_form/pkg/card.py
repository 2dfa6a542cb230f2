from .form import record_result, form_string, winners


class Race:
    def __init__(self, name, runners):
        self.name = name
        self.runners = list(runners)
        self.form = None

    def settle(self, finishing_order):
        for position, horse in enumerate(finishing_order, start=1):
            self.form = record_result(horse, position)
        return self

    def card_lines(self):
        return [f"{h:<14} {form_string(self.form, h)}" for h in self.runners]

    def winner_list(self):
        return winners(self.form)
