from .dispensing import RefillLimitReached, dispense
from .intake import parse_batch

BATCH = """
RX-1001 | M. Okafor  | amoxicillin  | 500 mg | 0
RX-1002 | J. Nakamura | levothyroxine | 50 mcg | 2
RX-1003 | P. Quintero | salbutamol   | 100 mcg | 1
"""


def main():
    prescriptions = {rx.rx_number: rx for rx in parse_batch(BATCH)}
    log = []
    refused = []
    schedule = [
        ("2024-05-02", "RX-1002"),
        ("2024-05-02", "RX-1001"),
        ("2024-05-03", "RX-1003"),
    ]
    for day, rx_number in schedule:
        try:
            dispense(prescriptions[rx_number], day, log)
        except RefillLimitReached as exc:
            refused.append(str(exc))

    for row in log:
        print("dispensed", *row)
    for reason in refused:
        print("refused", reason)

    first_fill_refused = any("RX-1001" in r or "RX-1003" in r for r in refused)
    if first_fill_refused or len(prescriptions["RX-1003"].fill_dates) > 1:
        print("patients were refused a first fill of a new prescription")
        print("BUG SHOWN")
    else:
        print("dispensing log is correct")


if __name__ == "__main__":
    main()
