import multiprocessing


class ReportBuilder:
    def __init__(self, currency_rate):
        self.currency_rate = currency_rate

    def scale(self, row):
        region, amount = row
        return region, round(amount * self.currency_rate, 2)

    def render(self, rows, processes=2):
        with multiprocessing.Pool(processes) as pool:
            converted = pool.map(lambda r: self.scale(r), rows)
        return "\n".join(f"{region}: {amount}" for region, amount in converted)


def main():
    builder = ReportBuilder(1.1)
    try:
        builder.render([("north", 100), ("south", 250)])
    except AttributeError as exc:
        assert "pickle" in str(exc).lower(), exc
        assert "lambda" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("report rendered")


if __name__ == "__main__":
    main()
