from .dispensing import Dispensary
from .inventory import Inventory
from .supplier import Wholesaler


def main():
    inventory = Inventory(reorder_level=20)
    for drug, qty in {"amoxicillin": 30, "metformin": 25, "salbutamol": 22}.items():
        inventory.set_level(drug, qty)
    wholesaler = Wholesaler({"amoxicillin": 500, "metformin": 0, "salbutamol": 200})
    counter = Dispensary(inventory, wholesaler)
    counter.dispense([("amoxicillin", 14), ("metformin", 10), ("salbutamol", 4)])
    try:
        log = counter.reorder_pass()
    except RuntimeError as exc:
        print(f"reorder pass aborted: {exc}")
        print("BUG SHOWN")
        return
    print("orders:", log)
    print("OK")


if __name__ == "__main__":
    main()
