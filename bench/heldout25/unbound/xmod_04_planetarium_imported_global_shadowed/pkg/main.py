from .projector import Projector
from .schedule import run_day


def main():
    projector = Projector("Zeiss-2", lamp_hours=2400)
    try:
        log = run_day(projector)
    except UnboundLocalError as exc:
        print("show control failed before the first show:", exc)
        print("BUG SHOWN")
        return
    for row in log:
        print(*row)


if __name__ == "__main__":
    main()
