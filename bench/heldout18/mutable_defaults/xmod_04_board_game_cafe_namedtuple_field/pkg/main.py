from .library import GameShelf, lend
from .models import Table


def open_floor(count):
    return [Table(number=n, seats=4) for n in range(1, count + 1)]


def main():
    shelf = GameShelf(["Carcassonne", "Azul", "Catan", "Patchwork"])
    tables = open_floor(3)
    lend(shelf, tables[0], "Azul")
    lend(shelf, tables[2], "Catan")
    for table in tables:
        print(table.describe())
    if tables[1].games and tables[1].games == tables[0].games:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
