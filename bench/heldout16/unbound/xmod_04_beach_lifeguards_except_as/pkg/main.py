from .roster import Lifeguard, staff_towers


def main():
    towers = ["North", "Pier", "South"]
    guards = [Lifeguard("Ana", 2025), Lifeguard("Ben", 2019), Lifeguard("Cy", 2026)]
    try:
        assignments, problem = staff_towers(towers, guards, 2026)
        print("assigned:", assignments, "problem:", problem)
    except UnboundLocalError as exc:
        print("roster crashed after a skipped tower:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
