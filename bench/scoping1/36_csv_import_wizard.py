"""CSV-to-JSON conversion helpers for the import wizard."""


def rows_to_json(rows):
    buffer: io.StringIO
    encoder: json.JSONEncoder
    import io
    import json

    buffer = io.StringIO()
    encoder = json.JSONEncoder(sort_keys=True)
    for row in rows:
        buffer.write(encoder.encode(row) + "\n")
    return buffer.getvalue()


def parse_rows(text, delimiter=","):
    header, *lines = text.strip().splitlines()
    columns = header.split(delimiter)
    parsed = []
    for line in lines:
        if (values := line.split(delimiter)) and len(values) == len(columns):
            parsed.append(dict(zip(columns, values)))
    return parsed


def safe_convert(text):
    last_error = None
    try:
        return rows_to_json(parse_rows(text))
    except ValueError as exc:
        last_error = exc
    return f"error: {last_error}"


def make_row_class(table_name):
    class Row:
        table = table_name
        label = table_name.title()
    return Row


if __name__ == "__main__":
    out = safe_convert("sku,qty\nA-1,3\nB-2,5\nbroken\n")
    assert out.count("\n") == 2 and '"qty": "3"' in out
    assert make_row_class("orders").label == "Orders"
    print("OK")
