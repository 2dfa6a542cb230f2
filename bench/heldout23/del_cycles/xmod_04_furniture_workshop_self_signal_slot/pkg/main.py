import gc

from .machines import WoodLathe
from .power import DistributionBoard


def turn_chair_legs(board: DistributionBoard) -> int:
    lathe = WoodLathe("LATHE-2", board)
    for leg in range(1, 5):
        lathe.turn(f"oak leg #{leg}", 38)
    return len(lathe.history)


def main() -> None:
    gc.disable()
    board = DistributionBoard()
    jobs = turn_chair_legs(board)
    print(f"{jobs} legs turned; lathe driver released")
    if "LATHE-2" in board.live:
        print(f"circuit LATHE-2 still live ({board.load_kw()} kW) after the driver went away")
        gc.collect()
        print(f"isolated only by a cyclic collection: {board.log}")
        gc.enable()
        print("BUG SHOWN")
        return
    gc.enable()
    print("lathe isolated")


if __name__ == "__main__":
    main()
