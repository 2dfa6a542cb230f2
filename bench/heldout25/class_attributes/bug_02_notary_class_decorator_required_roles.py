"""Document types handled by a notary office.

Each instrument type declares which parties must sign it through a class
decorator; the notary refuses to seal a document until every required
role has signed in front of them.
"""


class MissingSignature(Exception):
    pass


class Instrument:
    kind = "instrument"
    required_roles = []

    def __init__(self, reference, parties):
        self.reference = reference
        self.parties = dict(parties)
        self.signed_by = set()

    @classmethod
    def require(cls, *roles):
        for role in roles:
            if role not in cls.required_roles:
                cls.required_roles.append(role)

    def sign(self, role):
        if role not in self.parties:
            raise KeyError(f"{self.reference}: nobody holds role {role!r}")
        self.signed_by.add(role)

    def outstanding(self):
        return [role for role in self.required_roles if role not in self.signed_by]


def requires_signatures(*roles):
    def decorate(cls):
        cls.require(*roles)
        return cls

    return decorate


@requires_signatures("grantor", "grantee", "witness")
class Deed(Instrument):
    kind = "deed"


@requires_signatures("principal")
class PowerOfAttorney(Instrument):
    kind = "power of attorney"


@requires_signatures("declarant")
class StatutoryDeclaration(Instrument):
    kind = "statutory declaration"


class NotaryOffice:
    def __init__(self, notary):
        self.notary = notary
        self.register = []

    def seal(self, document):
        missing = document.outstanding()
        if missing:
            raise MissingSignature(f"{document.reference}: waiting for {', '.join(missing)}")
        self.register.append((document.reference, document.kind, self.notary))


def main():
    office = NotaryOffice("N. Oyelaran")
    poa = PowerOfAttorney("POA-77", {"principal": "H. Lindqvist"})
    poa.sign("principal")
    declaration = StatutoryDeclaration("SD-12", {"declarant": "A. Moreau"})
    declaration.sign("declarant")

    refused = []
    for document in (poa, declaration):
        try:
            office.seal(document)
        except MissingSignature as exc:
            refused.append(str(exc))

    print("sealed:", office.register)
    print("refused:", refused)
    if refused:
        print("fully signed single-party documents could not be sealed")
        print("BUG SHOWN")
    else:
        print("notary register is correct")


if __name__ == "__main__":
    main()
