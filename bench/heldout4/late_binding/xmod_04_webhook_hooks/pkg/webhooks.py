from .hooks import registry

DELIVERED = []


def deliver(endpoint, event, payload):
    DELIVERED.append((endpoint, event, payload["id"]))
    return endpoint


def install(subscriptions):
    for endpoint, events in subscriptions.items():
        for event in events:
            registry.register(event, lambda payload: deliver(endpoint, event, payload))
