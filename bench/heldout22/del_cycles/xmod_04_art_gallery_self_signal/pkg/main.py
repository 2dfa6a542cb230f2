import gc

from .exhibit import Exhibit
from .lighting import LightingDesk


def pop_up_show(desk):
    show = Exhibit("Works on paper, 1890-1920", desk.patch(3, fixtures=12))
    show.hang("A. Bauer", "Harbour sketch", "paper")
    show.hang("B. Ahlgren", "Birch study", "oil")
    return show.labels


def main():
    gc.disable()
    desk = LightingDesk()
    desk.patch(1, fixtures=40).power_up(250)
    labels = pop_up_show(desk)
    print(f"labels printed: {labels}")
    still_lit = desk.powered_rigs()
    print(f"rigs powered after the pop-up was taken down: {still_lit}")

    gc.collect()
    gc.enable()
    print(f"rigs powered after a full collection: {desk.powered_rigs()}")
    if 3 in still_lit:
        print("universe 3 kept lighting an empty wall")
        print("BUG SHOWN")
    else:
        print("lights off promptly")


if __name__ == "__main__":
    main()
