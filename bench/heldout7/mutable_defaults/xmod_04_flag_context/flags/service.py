import hashlib

from .context import build_context, with_overrides


class Flag:
    def __init__(self, key, rollout_pct=0, require=None):
        self.key = key
        self.rollout_pct = rollout_pct
        self.require = dict(require or {})

    def bucket(self, user_id):
        digest = hashlib.sha256(f"{self.key}:{user_id}".encode()).hexdigest()
        return int(digest[:8], 16) % 100

    def enabled_for(self, ctx):
        for attr, wanted in self.require.items():
            if ctx.get(attr) != wanted:
                return False
        return self.bucket(ctx["user_id"]) < self.rollout_pct


class FlagService:
    def __init__(self, flags):
        self.flags = {f.key: f for f in flags}

    def context_for(self, user_id, **traits):
        ctx = build_context(user_id)
        if traits:
            ctx = with_overrides(ctx, **traits)
        return ctx

    def is_enabled(self, key, user_id, **traits):
        return self.flags[key].enabled_for(self.context_for(user_id, **traits))
