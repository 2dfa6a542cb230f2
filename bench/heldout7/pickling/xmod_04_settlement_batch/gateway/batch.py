from concurrent.futures import ProcessPoolExecutor


class SettlementBatch:
    def __init__(self, client, workers=2):
        self.client = client
        self.workers = workers
        self.charges = []

    def add(self, charge_id, cents):
        self.charges.append((charge_id, cents))

    def close(self):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            payouts = list(pool.map(self.client.settle, self.charges))
        return dict(payouts), sum(c for _, c in payouts)
