import os
import tempfile

from .catalog import Hat, Rack
from .storage import load_rack, save_rack


def main():
    with tempfile.TemporaryDirectory() as workdir:
        rack = Rack("hangar-east", workdir)
        try:
            rack.shelve_hat(Hat("H-101", "bowler", 57))
            rack.shelve_hat(Hat("H-102", "homburg", 59))
            rack.lend("H-102", "Heartbreak House")
            try:
                save_rack(rack, os.path.join(workdir, "hats"))
                restored = load_rack("hangar-east", os.path.join(workdir, "hats"))
            except TypeError as exc:
                print(f"saving the rack failed: {exc}")
                print("BUG SHOWN")
                return
            print(f"restored {len(restored.hats)} hats")
            print("no failure")
        finally:
            rack.close()


if __name__ == "__main__":
    main()
