from .routes import BelayRota, RouteGrader


def main():
    grader = RouteGrader()
    rota = BelayRota()
    grades = [grader.grade(r) for r in (1, 2)]
    staff = [rota.belayer(s) for s in (1, 2)]
    print("grades:", grades, "belayers:", staff)
    if staff != ["Noor", "Pat"]:
        print("belay rota answered from the grade cache")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
