from .billing import TollBooth
from .models import Crossing


def main():
    booth = TollBooth()
    booth.charge(Crossing("LORRY1", 5), hour=23)
    car_fee = booth.charge(Crossing("CAR22", 2), hour=12)
    print("receipts:", booth.receipts)
    if car_fee != TollBooth.BASE:
        print(f"a midday car paid {car_fee:.2f} instead of {TollBooth.BASE:.2f}")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
