class Migration:
    depends_on = ()
    registry = {}

    def __init_subclass__(cls, after=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if after is not None:
            cls.depends_on = cls.depends_on + (after,)
        Migration.registry[cls.__name__] = cls

    def forwards(self, schema):
        raise NotImplementedError


class CreateUsers(Migration):
    def forwards(self, schema):
        schema["users"] = ["id", "email"]


class AddUserName(Migration, after="CreateUsers"):
    def forwards(self, schema):
        schema["users"].append("name")


class CreateOrders(Migration, after="CreateUsers"):
    def forwards(self, schema):
        schema["orders"] = ["id", "user_id"]


class AddOrderTotal(Migration, after="CreateOrders"):
    def forwards(self, schema):
        schema["orders"].append("total")


def plan(registry):
    done, order = set(), []

    def visit(name, stack=()):
        if name in done:
            return
        if name in stack:
            raise RuntimeError("dependency cycle: " + " -> ".join(stack + (name,)))
        for dep in registry[name].depends_on:
            visit(dep, stack + (name,))
        done.add(name)
        order.append(name)

    for name in registry:
        visit(name)
    return order


def main():
    assert CreateUsers.depends_on == ()
    assert AddOrderTotal.depends_on == ("CreateOrders",)
    order = plan(Migration.registry)
    assert order.index("CreateUsers") < order.index("CreateOrders") < order.index("AddOrderTotal")
    schema = {}
    for name in order:
        Migration.registry[name]().forwards(schema)
    assert schema == {"users": ["id", "email", "name"], "orders": ["id", "user_id", "total"]}
    print("OK")


if __name__ == "__main__":
    main()
