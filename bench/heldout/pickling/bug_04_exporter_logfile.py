"""CSV exporter that renders rows in worker processes and logs to a file."""
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class RowExporter:
    def __init__(self, log_path, delimiter=","):
        self.delimiter = delimiter
        self._log = open(log_path, "a")

    def render(self, row):
        return self.delimiter.join(str(cell) for cell in row)

    def export(self, rows):
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.render, row) for row in rows]
            lines = [f.result() for f in futures]
        self._log.write(f"exported {len(lines)} rows\n")
        return "\n".join(lines)

    def close(self):
        self._log.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        exporter = RowExporter(os.path.join(tmp, "export.log"))
        assert exporter.render([1, "a", 2.5]) == "1,a,2.5"
        try:
            exporter.export([[1, 2], [3, 4]])
        except TypeError as exc:
            assert "cannot pickle '_io.TextIOWrapper' object" in str(exc)
        else:
            raise AssertionError("exporter unexpectedly pickled")
        finally:
            exporter.close()
    print("BUG SHOWN")
