from .checkout import Checkout, Order


def main():
    checkout = Checkout()
    first = Order("A-100", [("mug", 2, 1200)])
    second = Order("A-101", [("poster", 1, 3000), ("frame", 1, 4500)])
    c1 = checkout.pay(first, "4242424242424242")
    c2 = checkout.pay(second, "5555555555554444")
    assert c2 is c1
    assert second.charge_id == first.charge_id
    assert c2.amount == 2400 and second.total == 7500
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
