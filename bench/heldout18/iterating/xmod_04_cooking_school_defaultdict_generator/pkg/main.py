from .offers import make_offers
from .school import School


def main():
    school = School()
    school.add_course("knife-skills")
    school.add_course("pastry-1")
    school.add_course("pastry-2", prerequisite="pastry-1")
    school.add_course("sushi", prerequisite="knife-skills")
    school.completed["pastry-1"].add("Hana")
    school.join_waitlist("pastry-2", "Hana")
    school.join_waitlist("sushi", "Idris")
    school.join_waitlist("pastry-1", "Jo")
    try:
        offers = make_offers(school)
    except RuntimeError as exc:
        print("offer run failed:", exc)
        print("waitlist keys now:", list(school.waitlists))
        if "changed size" in str(exc):
            print("BUG SHOWN")
        return
    print("offers:", offers)


if __name__ == "__main__":
    main()
