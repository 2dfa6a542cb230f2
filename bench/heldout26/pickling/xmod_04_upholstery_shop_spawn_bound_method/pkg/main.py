import pickle

from .planner import plan_in_background
from .workshop import Job, Workshop


def main():
    shop = Workshop("Vale Road Upholstery")
    shop.book(Job("UP-311", "wingback chair", "velvet, rust",
                  ((60, 80), (60, 80), (45, 55), (90, 40), (30, 30))))
    try:
        job_id, metres = plan_in_background(shop, "UP-311")
    except (TypeError, AttributeError, pickle.PicklingError) as exc:
        print(f"cutting plan not started: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print(f"{job_id}: order {metres:.2f} m of fabric")
    print("OK")


if __name__ == "__main__":
    main()
