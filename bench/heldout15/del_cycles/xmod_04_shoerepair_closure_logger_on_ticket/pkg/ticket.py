from . import journal

PRICES = {"heel": 12.0, "half sole": 28.0, "full sole": 45.0, "stitching": 9.0}


class RepairTicket:
    def __init__(self, number, customer, shoes):
        self.number = number
        self.customer = customer
        self.shoes = shoes
        self.jobs = []
        self.history = []
        self.log = journal.make_logger(self, f"#{number}")
        journal.OPEN_TICKETS.add(number)
        self.log(f"received {shoes} from {customer}")

    def add_job(self, job):
        self.jobs.append(job)
        self.log(f"job added: {job}")

    def quote(self):
        return sum(PRICES[j] for j in self.jobs)

    def __del__(self):
        journal.OPEN_TICKETS.discard(self.number)
