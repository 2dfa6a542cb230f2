"""ETL pipeline whose steps refer to helpers defined further down."""
import json

STEP_NAMES = ("extract", "transform", "load")


def run_pipeline(raw_text):
    records = extract(raw_text)
    cleaned = [transform(record) for record in records]
    return load(cleaned)


def extract(raw_text):
    return [json.loads(line) for line in raw_text.splitlines() if line.strip()]


def transform(record):
    return Record(name=record["name"].strip().title(), score=int(record.get("score", 0)))


def load(records):
    sink = MemorySink()
    for record in records:
        sink.write(record)
    return sink


class Record:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def as_row(self):
        return f"{self.name}:{self.score}"


class MemorySink:
    def __init__(self):
        self.rows = []

    def write(self, record):
        self.rows.append(record.as_row())


if __name__ == "__main__":
    sink = run_pipeline('{"name": " ada ", "score": "9"}\n{"name": "grace"}\n')
    assert sink.rows == ["Ada:9", "Grace:0"], sink.rows
    print("OK")
