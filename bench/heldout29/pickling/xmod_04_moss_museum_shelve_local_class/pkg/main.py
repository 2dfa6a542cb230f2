import os
import tempfile

from .archive import SpecimenArchive
from .specimens import Specimen, specimen_type_for


def main():
    Bryophyte = specimen_type_for("bryophytes", extra_fields=("substrate",))
    specimens = [
        Specimen("MM-0001", "Sphagnum palustre", "1911-06-02"),
        Bryophyte("MM-0002", "Polytrichum commune", "1923-08-17"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        with SpecimenArchive(os.path.join(tmp, "herbarium")) as archive:
            stored = []
            try:
                for specimen in specimens:
                    archive.store(specimen)
                    stored.append(specimen.accession)
            except (AttributeError, TypeError) as exc:
                print(f"archiving {specimen.accession} failed: {exc}")
                print(f"stored: {stored}, archive holds {archive.accessions()}")
                print("BUG SHOWN")
                return
            print("archived:", [archive.load(a).label() for a in archive.accessions()])


if __name__ == "__main__":
    main()
