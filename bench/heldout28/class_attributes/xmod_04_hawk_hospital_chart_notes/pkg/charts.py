"""Base chart shared by every species-specific chart type."""
import itertools

_chart_ids = itertools.count(1)


class Chart:
    species = "unknown"
    vitals = ("weight_g", "temp_c")
    notes = {}

    def __init__(self, patient_name, admitted_by):
        self.chart_id = next(_chart_ids)
        self.patient_name = patient_name
        self.admitted_by = admitted_by
        self.readings = []

    def record_vitals(self, **values):
        missing = [name for name in self.vitals if name not in values]
        if missing:
            raise ValueError(f"missing vitals: {missing}")
        self.readings.append(values)
