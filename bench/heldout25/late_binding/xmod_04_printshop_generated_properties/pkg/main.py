from .jobs import PrintJob
from .quote import QuoteError, quote


def main():
    jobs = [
        PrintJob("J-5521", paper="A3-120g", copies=250, finish="matte-laminate"),
        PrintJob("J-5522", paper="A4-80g", copies=1000, finish="saddle-stitch"),
    ]
    problems = []
    for job in jobs:
        print(job)
        try:
            print("  quote:", quote(job))
        except QuoteError as exc:
            problems.append(str(exc))
            print("  cannot quote:", exc)

    first = jobs[0]
    if problems or (first.paper, first.copies) != ("A3-120g", 250):
        print("job tickets do not hold the values they were created with")
        print("BUG SHOWN")
    else:
        print("quotes are correct")


if __name__ == "__main__":
    main()
