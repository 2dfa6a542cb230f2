from .studio import Panel, Studio


def main():
    studio = Studio("St Anne's east window")
    panels = [
        Panel("P1", "east", ["ruby", "cobalt"]),
        Panel("P2", "east", ["amber"]),
        Panel("P3", "east", ["emerald", "white"]),
    ]
    studio.schedule(panels)
    studio.kiln.fire("P1", 620)
    fired = {p.panel_id: p.fired_at for p in panels}
    print("fired temperatures:", fired)
    if fired != {"P1": 620, "P2": None, "P3": None}:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
