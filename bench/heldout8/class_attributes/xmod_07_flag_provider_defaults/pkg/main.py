from .providers import EnvironmentProvider, RemoteProvider


def bootstrap_local():
    local = EnvironmentProvider({"FLAG_VERBOSE_SQL": "1"})
    local.register_default("debug-toolbar", True)
    local.register_default("verbose-sql", False)
    return local


def bootstrap_production():
    return RemoteProvider({"new-search": True})


def main():
    bootstrap_local()
    prod = bootstrap_production()

    assert prod.evaluate("debug-toolbar") is True
    assert prod.known_flags() == ["debug-toolbar", "verbose-sql"], prod.known_flags()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
