from .dispatch import Dispatcher
from .fleet import TukTuk, connect


def main():
    fleet = [TukTuk("TT-01", "old town"), TukTuk("TT-02", "riverside"), TukTuk("TT-03", "market")]
    dispatcher = connect(fleet, Dispatcher())
    taken = dispatcher.new_fare("old town", "clock tower")
    print("fare taken by:", taken)
    print("jobs:", {t.plate: t.jobs for t in fleet})
    if taken != ["TT-01"]:
        print("the old town fare did not reach the old town tuk-tuk")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
