import hashlib
from dataclasses import dataclass


@dataclass
class Flag:
    key: str
    enabled: bool = False
    rollout_percent: int = 0
    allow_list = []

    def target(self, user_id):
        self.allow_list.append(user_id)
        return self

    def _bucket(self, user_id):
        digest = hashlib.sha256(f"{self.key}:{user_id}".encode()).hexdigest()
        return int(digest[:8], 16) % 100

    def is_on_for(self, user_id):
        if not self.enabled:
            return False
        if user_id in self.allow_list:
            return True
        return self._bucket(user_id) < self.rollout_percent


class FlagService:
    def __init__(self):
        self.flags = {}

    def define(self, key, **kwargs):
        self.flags[key] = Flag(key, **kwargs)
        return self.flags[key]

    def evaluate(self, key, user_id):
        flag = self.flags.get(key)
        return flag is not None and flag.is_on_for(user_id)


service = FlagService()
service.define("new-checkout", enabled=True).target("beta-tester-7")
service.define("dark-mode", enabled=True)
assert service.evaluate("new-checkout", "beta-tester-7")
assert service.evaluate("dark-mode", "beta-tester-7")
assert service.flags["dark-mode"].allow_list == ["beta-tester-7"]
print("BUG SHOWN")
