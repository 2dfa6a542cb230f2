import gc

from .fsm import OrderWorkflow
from .resource import RELEASED


def main():
    gc.disable()
    flow = OrderWorkflow(42)
    assert flow.fire("pay") == "paid"
    assert flow.fire("ship") == "shipped"
    del flow
    assert RELEASED == []
    gc.collect()
    assert RELEASED == ["workflow:42"], RELEASED
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
