"""Nectar node: a small peer registry for a gossip network of hive sensors.

Nodes carry their own peer sets and tag maps; builder helpers accept
optional collections and copy them instead of keeping the caller's or a
shared default object.
"""
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Set


class Heartbeat(NamedTuple):
    node: str
    seq: int
    tags: tuple = ()


@dataclass
class NectarNode:
    name: str
    peers: Set[str] = field(default_factory=set)
    tags: Dict[str, str] = field(default_factory=dict)
    inbox: List[Heartbeat] = field(default_factory=list)

    def connect(self, other):
        self.peers.add(other.name)
        other.peers.add(self.name)

    def receive(self, beat):
        self.inbox.append(beat)


def make_node(name, tags: Optional[Dict[str, str]] = None, peers=None):
    node = NectarNode(name, set(peers or ()), dict(tags or {}))
    node.tags.setdefault("role", "sensor")
    return node


def broadcast(source, nodes, seq, extra_tags=None):
    tags = tuple(sorted((extra_tags or {}).items()))
    for node in nodes:
        if node.name in source.peers:
            node.receive(Heartbeat(source.name, seq, tags))


def main():
    hive_a = make_node("hive-a")
    hive_b = make_node("hive-b", tags={"role": "gateway"})
    hive_c = make_node("hive-c")
    hive_a.connect(hive_b)
    broadcast(hive_a, [hive_b, hive_c], seq=1, extra_tags={"temp": "34C"})
    broadcast(hive_b, [hive_a, hive_c], seq=1)

    assert hive_a.peers == {"hive-b"}, hive_a.peers
    assert hive_c.peers == set(), hive_c.peers
    assert hive_a.tags == {"role": "sensor"} and hive_b.tags == {"role": "gateway"}
    assert [b.node for b in hive_b.inbox] == ["hive-a"]
    assert [b.node for b in hive_a.inbox] == ["hive-b"]
    assert hive_c.inbox == []
    assert Heartbeat("x", 0).tags == ()
    print({n.name: sorted(n.peers) for n in (hive_a, hive_b, hive_c)})
    print("OK")


if __name__ == "__main__":
    main()
