from .appraisal import AppraisalDesk, Item
from .scheduler import Scheduler


def main():
    scheduler = Scheduler()
    desk = AppraisalDesk(scheduler)
    items = [
        Item("T-100", "gold", 800.0),
        Item("T-101", "watch", 1200.0),
        Item("T-102", "guitar", 650.0),
    ]
    desk.intake(items)
    processed = scheduler.run_all()
    print("processed tickets:", processed)
    print("ledger:", desk.ledger)
    unvalued = [i.ticket for i in items if i.loan_offer is None]
    if unvalued:
        print("items left without a loan offer:", unvalued)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
