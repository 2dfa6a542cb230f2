from .show import build_act_one


def main():
    rig, stack = build_act_one()
    fired = stack.run_to_end()
    assert fired == ["house@0", "front-wash@80", "cyc-blue@60", "special-dsl@100"]
    assert rig.dmx_log == [("special-dsl", 100)] * 4, rig.dmx_log
    assert rig.levels["front-wash"] == 0
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
