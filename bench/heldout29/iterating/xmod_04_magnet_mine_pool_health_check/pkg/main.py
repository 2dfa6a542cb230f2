from .conn import GatewayConnection
from .health import health_check
from .pool import GatewayPool


def main():
    pool = GatewayPool()
    for shaft, healthy in [("shaft-1", True), ("shaft-2", False),
                           ("shaft-3", True), ("shaft-4", False)]:
        pool.add(GatewayConnection(shaft, healthy))
    try:
        alive = health_check(pool)
    except RuntimeError as exc:
        print(f"health check crashed: {exc}")
        print(f"discarded before the crash: {len(pool.discarded)} connection(s)")
        print("BUG SHOWN")
        return
    print(f"{alive} gateways alive, discarded {pool.discarded}")


if __name__ == "__main__":
    main()
