import sched
import time


def attach_timeline(order, lead_minutes=(120, 30)):
    """Give an order its own reminder timeline ahead of delivery."""
    timeline = sched.scheduler(time.monotonic, time.sleep)
    for minutes in lead_minutes:
        timeline.enter(0, minutes, order.remind, argument=(f"{minutes} min to go",))
    order.timeline = timeline
    return timeline


def pending(order):
    return len(order.timeline.queue) if order.timeline else 0
