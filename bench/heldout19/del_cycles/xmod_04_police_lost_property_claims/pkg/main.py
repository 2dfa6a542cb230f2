import gc

gc.disable()

from .items import DISPOSAL_LOG, LostItem


def desk_day():
    umbrella = LostItem("LP-2231", "black umbrella")
    umbrella.claim("Ms Oduya")
    return umbrella


def main():
    item = desk_day()
    print(item, "->", item.status)
    del item
    if "LP-2231" not in DISPOSAL_LOG:
        print("claimed item never left the lost property register")
        print("BUG SHOWN")
    else:
        print("item disposed")


if __name__ == "__main__":
    main()
