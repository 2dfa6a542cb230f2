"""Role permissions for the admin console."""


class Permissions:
    READ = "read"
    WRITE = "write"
    ADMIN = "admin"
    BASE = (READ, WRITE, ADMIN, "audit", "billing")
    RESTRICTED = {"billing", "audit"}
    DELEGATABLE = frozenset(perm for perm in BASE if perm not in RESTRICTED)

    def __init__(self, granted):
        unknown = set(granted) - set(self.BASE)
        if unknown:
            raise ValueError(f"unknown permissions: {sorted(unknown)}")
        self.granted = frozenset(granted)

    def can_delegate(self, perm):
        return perm in self.granted and perm in self.DELEGATABLE


if __name__ == "__main__":
    role = Permissions({"read", "write", "billing"})
    for perm in ("read", "billing"):
        print(perm, role.can_delegate(perm))
