def build_context(user_id, attributes={}):
    attributes["user_id"] = user_id
    attributes.setdefault("country", "US")
    return attributes


def with_overrides(ctx, **overrides):
    ctx.update(overrides)
    return ctx
