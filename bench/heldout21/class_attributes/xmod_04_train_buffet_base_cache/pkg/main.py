from .counters import ColdCounter, HotCounter


def main():
    hot = HotCounter()
    cold = ColdCounter()
    hot.sell("tea")
    hot.sell("bacon roll")
    try:
        cold.sell("sandwich")
    except LookupError as exc:
        print("cold counter cannot sell:", exc)
        print("cold counter sees stock:", sorted(cold.stock()))
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
