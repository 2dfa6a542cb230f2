import pickle

from .batch import convert_day, daily_min_max
from .sensors import LevelSensor


def main():
    sensor = LevelSensor(tank_height_m=18.0)
    readings = [812, 790, 655, 701, 930, 884]
    try:
        levels = convert_day(sensor.to_percent, readings)
    except (TypeError, pickle.PicklingError, AttributeError) as exc:
        print("batch conversion failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    finally:
        sensor.close()
    print(daily_min_max(levels))
    print("OK")


if __name__ == "__main__":
    main()
