"""Cursor-based pagination helper for the inventory API client."""


class FakeInventoryApi:
    def __init__(self, records, page_size=3):
        self._records = records
        self._page_size = page_size

    def next_cursor(self, cursor):
        start = 0 if cursor is None else cursor + self._page_size
        return start if start < len(self._records) else None

    def page(self, cursor):
        return self._records[cursor:cursor + self._page_size]


def collect_all(api):
    records = []
    while (cursor := api.next_cursor(cursor)) is not None:
        records.extend(api.page(cursor))
    return records


def sku_index(records):
    return {record["sku"]: record for record in records}


if __name__ == "__main__":
    inventory = [{"sku": f"SKU-{n:03d}", "qty": n * 2} for n in range(8)]
    index = sku_index(collect_all(FakeInventoryApi(inventory)))
    print(len(index), sorted(index)[:3])
