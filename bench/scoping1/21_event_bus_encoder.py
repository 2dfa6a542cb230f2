"""Pluggable JSON encoding for the event bus."""
import datetime
import json
from typing import TYPE_CHECKING, Type

if TYPE_CHECKING:
    from json import JSONEncoder


class EventEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.date, datetime.datetime)):
            return o.isoformat()
        return super().default(o)


def publish(topic: str, payload: dict, encoder_cls: "Type[JSONEncoder]" = JSONEncoder) -> str:
    envelope = {"topic": topic, "payload": payload}
    return json.dumps(envelope, cls=encoder_cls, sort_keys=True)


if __name__ == "__main__":
    print(publish("orders.created", {"id": 17, "at": datetime.date(2024, 5, 1)}, EventEncoder))
    print(publish("orders.ping", {"id": 18}))
