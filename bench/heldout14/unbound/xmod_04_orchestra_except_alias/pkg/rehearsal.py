"""Rehearsal runner: tunes each section and produces a summary."""

from .tuning import TuningError, check


class SectionReport:
    def __init__(self, section):
        self.section = section
        self.out_of_tune = []
        self.summary = ""


class Rehearsal:
    def __init__(self, instruments):
        self.instruments = instruments

    def sections(self):
        grouped = {}
        for inst in self.instruments:
            grouped.setdefault(inst.section, []).append(inst)
        return grouped

    def tune_section(self, section, members):
        report = SectionReport(section)
        for inst in members:
            try:
                check(inst)
            except TuningError as problem:
                report.out_of_tune.append(inst.name)
        if report.out_of_tune:
            report.summary = f"{section}: retune ({problem})"
        else:
            report.summary = f"{section}: ready"
        return report

    def tune_all(self):
        return [self.tune_section(s, m) for s, m in self.sections().items()]
