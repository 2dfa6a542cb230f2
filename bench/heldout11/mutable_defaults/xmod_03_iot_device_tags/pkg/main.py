from .fleet import DeviceFleet
from .sensors import MotionSensor, SmartPlug


def main():
    fleet = DeviceFleet()
    fleet.enroll(MotionSensor("pir-01", room="kitchen"))
    fleet.enroll(SmartPlug("plug-07", room="lounge", max_watts=900))

    motion = fleet.find_by_tag("motion")
    kitchen = fleet.in_room("kitchen")
    assert motion == ["pir-01", "plug-07"], motion
    assert kitchen == ["pir-01", "plug-07"], kitchen
    assert MotionSensor("pir-02", room="hall").attributes["max_watts"] == 900
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
