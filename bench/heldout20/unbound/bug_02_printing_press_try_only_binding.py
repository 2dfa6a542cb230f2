"""Job sheet handling for a printing press."""
import json


class PlateError(Exception):
    pass


class PlateStore:
    def __init__(self, plates):
        self._plates = plates

    def fetch(self, plate_id):
        if plate_id not in self._plates:
            raise PlateError(f"no plate {plate_id}")
        return self._plates[plate_id]


def parse_job(raw):
    data = json.loads(raw)
    return data["plate"], int(data["copies"])


class PressRun:
    def __init__(self, store):
        self.store = store
        self.log = []

    def prepare(self, raw):
        try:
            plate_id, copies = parse_job(raw)
            plate = self.store.fetch(plate_id)
        except PlateError as exc:
            self.log.append(f"warning: {exc}")
        except (ValueError, KeyError) as exc:
            self.log.append(f"bad job: {exc}")
            return None
        return self._schedule(plate, copies)

    def _schedule(self, plate, copies):
        sheets = copies * plate["pages"]
        self.log.append(f"{plate['title']}: {sheets} sheets")
        return sheets


def main():
    store = PlateStore({"p1": {"title": "Gazette", "pages": 8}})
    run = PressRun(store)
    jobs = ['{"plate": "p1", "copies": 100}', '{"plate": "p9", "copies": 5}']
    try:
        totals = [run.prepare(j) for j in jobs]
    except UnboundLocalError as exc:
        print("press run crashed:", exc)
        print("BUG SHOWN")
        return
    print(totals)


if __name__ == "__main__":
    main()
