"""Resurfacing planner, run in a separate process next to the rink's PLC bridge."""


def plan_resurface(sessions, results):
    """Decide after which sessions the ice resurfacer goes out."""
    plan = []
    accumulated = 0.0
    for session in sessions:
        accumulated += session.wear()
        if accumulated >= 100 or session.KIND == "figure":
            plan.append(session.start)
            accumulated = 0.0
    results.put(plan)
