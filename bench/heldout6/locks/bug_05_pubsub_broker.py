import threading
from collections import defaultdict


class Broker:
    def __init__(self):
        self._topics = defaultdict(set)
        self._topics_lock = threading.Lock()
        self._by_subscriber = defaultdict(set)
        self._subscribers_lock = threading.Lock()
        self._hooks = []
        self.inboxes = defaultdict(list)

    def on_membership_change(self, hook):
        self._hooks.append(hook)

    def subscribe(self, subscriber, topic):
        with self._topics_lock:
            self._topics[topic].add(subscriber)
        for hook in self._hooks:
            hook("subscribe", subscriber, topic)
        with self._subscribers_lock:
            self._by_subscriber[subscriber].add(topic)

    def disconnect(self, subscriber):
        with self._subscribers_lock:
            topics = self._by_subscriber.pop(subscriber, set())
        with self._topics_lock:
            for topic in topics:
                self._topics[topic].discard(subscriber)

    def publish(self, topic, payload):
        with self._topics_lock:
            targets = sorted(self._topics.get(topic, ()))
        for subscriber in targets:
            self.inboxes[subscriber].append((topic, payload))
        return targets


def main():
    broker = Broker()
    broker.subscribe("svc-a", "orders")
    subscribing = threading.Event()
    disconnected = threading.Event()

    def replicate(action, subscriber, topic):
        if subscriber == "svc-b":
            subscribing.set()
            disconnected.wait(timeout=5)

    broker.on_membership_change(replicate)

    def client_session():
        broker.subscribe("svc-b", "orders")

    def reaper():
        subscribing.wait(timeout=5)
        broker.disconnect("svc-b")
        disconnected.set()

    threads = [threading.Thread(target=client_session), threading.Thread(target=reaper)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert disconnected.is_set()
    assert broker.publish("orders", {"id": 7}) == ["svc-a", "svc-b"]
    assert broker.inboxes["svc-b"] == [("orders", {"id": 7})]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
