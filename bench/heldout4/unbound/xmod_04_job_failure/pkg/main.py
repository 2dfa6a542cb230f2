from .exporters import CsvExport


def main():
    good = CsvExport("daily", [("a", 1), ("b", 2)])
    assert good.execute() == "done"
    bad = CsvExport("weekly", [("a,b", 3)])
    try:
        bad.execute()
    except UnboundLocalError as exc:
        assert "failure" in str(exc)
        assert bad.log[-1][0] == "failed" and bad.outcome is None
        print("BUG SHOWN")
        return
    raise AssertionError("failed job finished cleanly")


if __name__ == "__main__":
    main()
