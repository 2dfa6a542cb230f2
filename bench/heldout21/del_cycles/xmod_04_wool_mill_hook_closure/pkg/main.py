import gc

from .machines import STOPPED, SpinningFrame
from .setup import attach_bobbin_counter


def main():
    gc.disable()
    frame = attach_bobbin_counter(SpinningFrame("mule-2", spindles=320))
    frame.process(12.5)
    frame.process(7.5)
    print("bobbins:", frame.bobbins)
    del frame
    if "mule-2" not in STOPPED:
        print("mule-2 was released but never stopped")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
