import gc

gc.disable()

from .diagram import Diagram
from .surfaces import POOL


def edit_crane():
    diagram = Diagram("crane")
    for step in ("square base", "petal fold", "inside reverse neck", "wings down"):
        diagram.fold(step)
    diagram.undo()
    diagram.fold("wings down (softer)")
    return diagram


def main():
    diagram = edit_crane()
    print(f"{len(diagram.frames)} frames drawn on {diagram.surface}")
    diagram.close()
    del diagram
    print("surfaces in use:", sorted(POOL.in_use))
    if POOL.in_use:
        print("closed diagram never returned its render surface")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
