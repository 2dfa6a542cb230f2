FINALISED = []


class Order:
    def __init__(self, ref, bouquet, address):
        self.ref = ref
        self.bouquet = bouquet
        self.address = address
        self.reminders = []
        self.timeline = None

    def remind(self, note):
        self.reminders.append(note)

    def __del__(self):
        FINALISED.append(self.ref)
