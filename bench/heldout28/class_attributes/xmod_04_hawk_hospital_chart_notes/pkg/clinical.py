"""Clinical helpers used by the vets during rounds."""


def add_note(chart, category, text):
    chart.notes.setdefault(category, []).append(text)


def prescribe(chart, drug, dose_mg):
    add_note(chart, "medication", f"{drug} {dose_mg} mg")


def discharge_summary(chart):
    lines = [f"{chart.patient_name} ({chart.species}), chart #{chart.chart_id}"]
    for category in sorted(chart.notes):
        for text in chart.notes[category]:
            lines.append(f"  {category}: {text}")
    return lines
