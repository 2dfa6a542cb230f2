import pickle

from .exporter import ReportExporter
from .jobs import fan_out


def main():
    exporter = ReportExporter()
    reports = [{"id": n, "rows": list(range(n))} for n in (1, 2, 3)]
    try:
        fan_out(exporter.export, reports)
    except (TypeError, pickle.PicklingError) as exc:
        assert "pickle" in str(exc) and "TextIOWrapper" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("expected pickling failure")
    finally:
        exporter.close()


if __name__ == "__main__":
    main()
