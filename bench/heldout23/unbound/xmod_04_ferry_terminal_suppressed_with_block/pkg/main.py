from .loading import DeckPlan
from .sensors import Vehicle, Weighbridge


def main() -> None:
    bridge = Weighbridge({
        "KD21 XRT": 1.6,
        "WX68 PLM": 18.4,
        "LB70 HJN": 2.1,
    })
    queue = [
        Vehicle("KD21 XRT", "car", 4.4),
        Vehicle("WX68 PLM", "lorry", 16.5),
        Vehicle("YT19 BCE", "campervan", 7.2),
        Vehicle("LB70 HJN", "car", 4.8),
    ]
    plan = DeckPlan(bridge)
    try:
        assignment = plan.board_queue(queue)
    except UnboundLocalError as exc:
        print(f"boarding halted after {len(plan.assignment)} vehicles: {exc}")
        print("BUG SHOWN")
        return
    for plate, lane in assignment.items():
        print(f"{plate} -> lane {lane}")


if __name__ == "__main__":
    main()
