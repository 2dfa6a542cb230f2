from dataclasses import dataclass, field


class Audience:
    def __init__(self):
        self._users = set()
        self._groups = set()

    def include_user(self, user_id):
        self._users.add(user_id)

    def include_group(self, group):
        self._groups.add(group)

    def matches(self, user_id, groups=()):
        return user_id in self._users or bool(self._groups.intersection(groups))


@dataclass
class FeatureFlag:
    key: str
    enabled: bool = False
    audience: Audience = field(default_factory=Audience)
    tags: frozenset = frozenset()

    def is_on_for(self, user_id, groups=()):
        return self.enabled or self.audience.matches(user_id, groups)


class FlagService:
    def __init__(self):
        self._flags = {}

    def define(self, key, tags=frozenset()):
        self._flags[key] = FeatureFlag(key, tags=tags | {"managed"})
        return self._flags[key]

    def beta_for(self, key, *user_ids):
        flag = self._flags[key]
        for uid in user_ids:
            flag.audience.include_user(uid)

    def check(self, key, user_id, groups=()):
        return self._flags[key].is_on_for(user_id, groups)


def main():
    flags = FlagService()
    flags.define("new-checkout")
    flags.define("dark-mode", tags=frozenset({"ui"}))
    flags.beta_for("new-checkout", "u-17", "u-42")

    assert flags.check("new-checkout", "u-17")
    assert not flags.check("dark-mode", "u-42")
    assert flags._flags["new-checkout"].tags == {"managed"}
    print("OK")


if __name__ == "__main__":
    main()
