from .hooks import registry
from .webhooks import DELIVERED, install


def main():
    install({
        "https://billing.test/hook": ["invoice.paid"],
        "https://crm.test/hook": ["customer.created", "customer.deleted"],
    })
    registry.fire("invoice.paid", {"id": 7})
    assert DELIVERED == [("https://crm.test/hook", "customer.deleted", 7)], DELIVERED
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
