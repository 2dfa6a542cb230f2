from .catalogue import Catalogue

SURVEY = """
Sirius 101.287 -16.716 -1.46
Canopus 95.988 -52.696 -0.74
Arcturus 213.915 19.182 -0.05
Bogus 400.0 12.0 3.1
Vega 279.234 38.784 0.03
"""


def main():
    cat = Catalogue("winter survey")
    try:
        report = cat.load(SURVEY)
    except UnboundLocalError as exc:
        print("loader crashed after rejecting lines", cat.rejected, "-", exc)
        print("BUG SHOWN")
        return
    print(report)
    print([s.designation for s in cat.brightest()])
    print("OK")


if __name__ == "__main__":
    main()
