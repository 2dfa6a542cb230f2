import multiprocessing
import threading


class ReportBuilder:
    def __init__(self, title):
        self.title = title
        self._progress_lock = threading.Lock()
        self.done = 0

    def render_page(self, page):
        return f"{self.title} - page {page['n']}: {len(page['rows'])} rows"

    def _pages(self, rows, per_page):
        for start in range(0, len(rows), per_page):
            yield {"n": start // per_page + 1, "rows": rows[start:start + per_page]}

    def build(self, rows, per_page=2):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.render_page, list(self._pages(rows, per_page)))


def main():
    builder = ReportBuilder("Monthly sales")
    try:
        builder.build(list(range(5)))
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("report built in workers")


if __name__ == "__main__":
    main()
