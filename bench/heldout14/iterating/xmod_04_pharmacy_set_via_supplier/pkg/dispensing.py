"""Counter operations: dispense prescriptions, then run the reorder pass."""


class Dispensary:
    def __init__(self, inventory, wholesaler):
        self.inventory = inventory
        self.wholesaler = wholesaler
        self.order_log = []

    def dispense(self, prescription):
        for drug, qty in prescription:
            self.inventory.take(drug, qty)

    def reorder_pass(self):
        for drug, qty in self.inventory.pending_reorders():
            status = self.wholesaler.order(self.inventory, drug, qty)
            self.order_log.append((drug, qty, status))
        return self.order_log
