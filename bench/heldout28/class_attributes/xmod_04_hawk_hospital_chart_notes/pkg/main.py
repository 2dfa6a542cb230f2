from .clinical import add_note, discharge_summary, prescribe
from .patients import admit


def main():
    hawk = admit("hawk", "Hector", admitted_by="Dr. Hale")
    owl = admit("owl", "Hoot", admitted_by="Dr. Hale")

    hawk.record_vitals(weight_g=1150, temp_c=40.8, talon_check="ok")
    prescribe(hawk, "meloxicam", 0.2)
    add_note(hawk, "wound", "left wing laceration cleaned")

    owl.record_vitals(weight_g=480, temp_c=40.1, talon_check="ok", night_vision="ok")

    summary = discharge_summary(owl)
    print("\n".join(summary))

    if any("meloxicam" in line or "laceration" in line for line in summary):
        print("the owl's discharge summary carries the hawk's treatment notes")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
