from .models import Coin, Medal
from .session import Session, Store


def main():
    store = Store()
    session = Session(store)
    sovereign = session.add(Coin(1, name="Marble Sovereign", metal="gold",
                                 weight_g=7.98, mintage=2000))
    jubilee = session.add(Medal(1, name="Jubilee Medal", metal="silver",
                                weight_g=31.1, mintage=500, ribbon="blue"))

    sovereign.mintage = 5000
    jubilee.ribbon = "red"
    session.flush(jubilee)
    session.flush(sovereign)

    print("writes:", store.writes)
    stored = store.rows[("coins", 1)]["mintage"]
    print(f"coin mintage in memory {sovereign.mintage}, in store {stored}")
    if stored != sovereign.mintage:
        print("coin change was flushed through the medal and then dropped")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
