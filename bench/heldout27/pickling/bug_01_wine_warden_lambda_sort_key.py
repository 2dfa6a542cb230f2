"""Wine warden: cellar rotation jobs for a restaurant group's wine cellars.

Rotation jobs are described by a policy (which bottles to bring forward and
in which order) and are serialised onto a job spool so that a separate
cellar-robot worker can pick them up.
"""
import pickle
import re
from dataclasses import dataclass, field
from typing import Callable, List


@dataclass(frozen=True)
class Bottle:
    bin: str
    producer: str
    vintage: int
    drink_by: int


@dataclass
class RotationPolicy:
    name: str
    order_key: Callable[[Bottle], object] = lambda bottle: (bottle.drink_by, bottle.vintage)
    limit: int = 6

    def pick(self, bottles):
        return sorted(bottles, key=self.order_key)[: self.limit]


@dataclass
class RotationJob:
    cellar: str
    policy: RotationPolicy
    bottles: List[Bottle] = field(default_factory=list)


class JobSpool:
    """Hands jobs to the robot worker as opaque byte blobs."""

    def __init__(self):
        self.blobs = []

    def submit(self, job):
        blob = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        self.blobs.append(blob)
        return len(self.blobs) - 1

    def take(self, ticket):
        return pickle.loads(self.blobs[ticket])


def main():
    bottles = [
        Bottle("A3", "Clos Verdier", 2015, 2026),
        Bottle("A7", "Domaine Sablon", 2018, 2025),
        Bottle("B1", "Weingut Kessel", 2020, 2030),
    ]
    policy = RotationPolicy("drink soon", limit=2)
    job = RotationJob("harbour bistro", policy, bottles)
    print(f"policy preview: {[b.bin for b in policy.pick(bottles)]}")

    spool = JobSpool()
    try:
        ticket = spool.submit(job)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        reason = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
        print(f"job could not be spooled: {type(exc).__name__}: {reason}")
        print("BUG SHOWN")
        return
    restored = spool.take(ticket)
    print(f"robot will fetch {[b.bin for b in restored.policy.pick(restored.bottles)]}")
    print("no failure")


if __name__ == "__main__":
    main()
