import json
import multiprocessing
import pickle


def build_export_job(collection, fields):
    class CatalogExportJob:
        def __init__(self, records):
            self.records = records

        def render(self):
            rows = [{f: rec.get(f, "") for f in fields} for rec in self.records]
            return json.dumps({"collection": collection, "objects": rows}, ensure_ascii=False)

    return CatalogExportJob


def render_job(job):
    return job.render()


class ExportService:
    def __init__(self, processes=2):
        self.processes = processes

    def export(self, collection, fields, records, chunk=2):
        job_cls = build_export_job(collection, fields)
        jobs = [job_cls(records[i:i + chunk]) for i in range(0, len(records), chunk)]
        with multiprocessing.Pool(self.processes) as pool:
            pending = [pool.apply_async(render_job, (job,)) for job in jobs]
            return [p.get(timeout=10) for p in pending]


def main():
    records = [
        {"accession": "1937.112", "title": "Bronze ewer", "period": "Mamluk"},
        {"accession": "1952.004", "title": "Celadon bowl", "period": "Goryeo"},
        {"accession": "2001.310", "title": "Feather cape", "period": "18th c."},
    ]
    try:
        ExportService().export("Asian & Islamic Art", ["accession", "title"], records)
    except (pickle.PicklingError, AttributeError) as exc:
        assert "CatalogExportJob" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("export rendered in worker processes")


if __name__ == "__main__":
    main()
