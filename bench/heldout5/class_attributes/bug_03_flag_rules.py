import hashlib


class Rule:
    def __init__(self, flag, predicate, enabled=True):
        self.flag = flag
        self.predicate = predicate
        self.enabled = enabled


class FlagClient:
    _rules = []
    _defaults = {"new_checkout": False, "dark_mode": False}

    def __init__(self, tenant, sdk_key):
        self.tenant = tenant
        self.sdk_key = sdk_key

    @property
    def rules(self):
        return self._rules

    def target(self, flag, predicate):
        self.rules.append(Rule(flag, predicate))

    def rollout(self, flag, percent):
        def bucket(user):
            digest = hashlib.sha1(f"{flag}:{user['id']}".encode()).hexdigest()
            return int(digest[:4], 16) % 100 < percent
        self.target(flag, bucket)

    def is_enabled(self, flag, user):
        for rule in self.rules:
            if rule.flag == flag and rule.predicate(user):
                return rule.enabled
        return self._defaults.get(flag, False)


if __name__ == "__main__":
    acme = FlagClient("acme", "sdk-acme")
    globex = FlagClient("globex", "sdk-globex")
    acme.target("new_checkout", lambda user: user["plan"] == "pro")
    globex_user = {"id": 42, "plan": "pro"}
    assert globex.is_enabled("new_checkout", globex_user) is True
    assert len(globex.rules) == 1
    print("BUG SHOWN")
