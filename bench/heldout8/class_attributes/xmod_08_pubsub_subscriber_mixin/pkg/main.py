from .broker import Broker


def main():
    acme = Broker("acme")
    globex = Broker("globex")

    acme_inbox = []
    globex_inbox = []
    acme.subscribe("orders.*", acme_inbox.append)
    globex.subscribe("orders.created", globex_inbox.append)

    globex.publish("orders.created", {"id": 991, "tenant": "globex"})

    assert [m.payload["id"] for m in acme_inbox] == [991], acme_inbox
    assert globex.delivered == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
