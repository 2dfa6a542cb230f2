"""multiprocessing: what cannot be pickled cannot be sent to another process.
(Rules SNG601-SNG606.)
"""
import multiprocessing as mp


def main():
    with mp.Pool(2) as pool:
        # PicklingError: a lambda cannot be pickled, and Pool always pickles
        print(pool.map(lambda x: x * x, range(4)))


if __name__ == "__main__":
    main()
