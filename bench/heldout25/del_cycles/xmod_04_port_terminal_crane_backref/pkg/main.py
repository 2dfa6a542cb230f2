import gc

from .authority import PortAuthority
from .terminal import TerminalShift


def work_vessel(authority, operator, hours):
    shift = TerminalShift(authority, operator)
    for ident, rate in (("STS-1", 28), ("STS-2", 31)):
        shift.commission(ident, rate).work(hours)
    return shift.total_moves()


def main():
    authority = PortAuthority(quays=["Quay 5", "Quay 6"])
    gc.disable()
    try:
        print("Maersk Osaka:", work_vessel(authority, "North Basin Terminals", 6), "moves")
        print("leases after the shift ended:", authority.leases)
        try:
            print("Pacific Nomad:", work_vessel(authority, "Pier Orient Ltd", 4), "moves")
            print("Queen Ofelia:", work_vessel(authority, "Quayside Stevedores", 5), "moves")
            refused = None
        except RuntimeError as exc:
            refused = str(exc)
            print("refused:", refused)
        leaked = dict(authority.leases)
        gc.collect()
        print("after a full collection:", authority.leases)
    finally:
        gc.enable()

    if leaked or refused:
        print("finished shifts did not surrender their quay leases")
        print("BUG SHOWN")
    else:
        print("quays recycled between shifts")


if __name__ == "__main__":
    main()
