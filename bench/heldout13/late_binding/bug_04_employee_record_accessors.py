def record_fields(*names):
    def decorate(cls):
        for name in names:
            setattr(cls, name, property(lambda self: self._row[name]))
        cls._fields = names
        return cls
    return decorate


@record_fields("employee_id", "surname", "department", "salary")
class EmployeeRecord:
    def __init__(self, row):
        self._row = dict(row)

    def as_tuple(self):
        return tuple(getattr(self, f) for f in self._fields)


class HrExport:
    def __init__(self, rows):
        self.records = [EmployeeRecord(r) for r in rows]

    def by_department(self, dept):
        return [r.surname for r in self.records if r.department == dept]


def main():
    export = HrExport([
        {"employee_id": "E1", "surname": "Moreau", "department": "finance", "salary": 61000},
        {"employee_id": "E2", "surname": "Tanaka", "department": "ops", "salary": 58000},
    ])
    first = export.records[0]
    assert first.surname == 61000, first.surname
    assert first.as_tuple() == (61000, 61000, 61000, 61000)
    assert export.by_department("finance") == []
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
