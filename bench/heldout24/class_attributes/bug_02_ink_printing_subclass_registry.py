"""Print shop job pipeline.

Jobs go through prepress, press and finishing.  Finishing steps are
registered per job type with a decorator so that the offset and inkjet
departments can each plug in their own curing and trimming routines.
"""


class PrintJob:
    finishing_steps = {}
    department = "general"

    def __init__(self, ref, sheets, stock):
        self.ref = ref
        self.sheets = sheets
        self.stock = stock
        self.log = []

    @classmethod
    def finishing(cls, step_name):
        def register(func):
            cls.finishing_steps[step_name] = func
            return func
        return register

    def prepress(self):
        self.log.append(f"imposed {self.sheets} sheets on {self.stock}")

    def press(self):
        raise NotImplementedError

    def finish(self):
        for name, step in self.finishing_steps.items():
            self.log.append(f"{name}: {step(self)}")

    def run(self):
        self.prepress()
        self.press()
        self.finish()
        return self.log


class OffsetJob(PrintJob):
    department = "offset"

    def press(self):
        plates = 4
        self.log.append(f"ran {self.sheets} sheets through Heidelberg, {plates} plates")


class InkjetJob(PrintJob):
    department = "inkjet"

    def press(self):
        self.log.append(f"printed {self.sheets} sheets on the UV flatbed")


@OffsetJob.finishing("dry")
def rack_dry(job):
    hours = 4 if job.stock.endswith("gloss") else 2
    return f"rack dried {hours}h"


@OffsetJob.finishing("trim")
def guillotine(job):
    return "guillotine trim to A4"


@InkjetJob.finishing("dry")
def uv_cure(job):
    return "UV lamp cure 30s"


def main():
    brochure = OffsetJob("J-4410", 2500, "150gsm gloss")
    banner = InkjetJob("K-0032", 12, "vinyl")
    for job in (brochure, banner):
        print(f"[{job.department}] {job.ref}")
        for line in job.run():
            print(f"    {line}")
    dried = [line for line in brochure.log if line.startswith("dry:")]
    banner_trimmed = any(line.startswith("trim:") for line in banner.log)
    if dried != ["dry: rack dried 4h"] or banner_trimmed:
        print(f"offset job finished with {dried}, vinyl banner trimmed={banner_trimmed}")
        print("BUG SHOWN")
    else:
        print("finishing routed per department")


if __name__ == "__main__":
    main()
