"""Species-specific charts."""
from .charts import Chart


class RaptorChart(Chart):
    species = "raptor"
    vitals = Chart.vitals + ("talon_check",)


class HawkChart(RaptorChart):
    species = "red-tailed hawk"


class OwlChart(RaptorChart):
    species = "barn owl"
    vitals = RaptorChart.vitals + ("night_vision",)


def admit(kind, patient_name, admitted_by):
    chart_type = {"hawk": HawkChart, "owl": OwlChart}[kind]
    return chart_type(patient_name, admitted_by)
