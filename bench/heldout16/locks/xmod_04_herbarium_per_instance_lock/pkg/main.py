import threading

from . import store
from .cataloguer import Cataloguer

BATCHES = {
    "Agnes": ["Quercus robur", "Fagus sylvatica", "Acer campestre", "Ilex aquifolium"],
    "Bill": ["Primula vulgaris", "Viola riviniana", "Anemone nemorosa", "Ajuga reptans"],
    "Chen": ["Carex pendula", "Juncus effusus", "Luzula sylvatica", "Poa annua"],
}


def session(volunteer, specimens):
    cat = Cataloguer(volunteer)
    for s in specimens:
        cat.accession(s)


def main():
    threads = [threading.Thread(target=session, args=item) for item in BATCHES.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shared = {n: s for n, s in store.REGISTER["sheets"].items() if len(s) > 1}
    print("sheets filed:", sum(len(s) for s in store.REGISTER["sheets"].values()),
          "accession numbers used:", len(store.REGISTER["sheets"]))
    if shared:
        print("numbers given to more than one specimen:", sorted(shared)[:3])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
