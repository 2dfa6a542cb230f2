def fixture(fn):
    fn._is_fixture = True
    return fn


class TestCase:
    fixtures = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, value in vars(cls).items():
            if getattr(value, "_is_fixture", False):
                cls.fixtures[name] = value

    @classmethod
    def collect(cls):
        return sorted(n for n in vars(cls) if n.startswith("test_"))

    def run(self):
        results = {}
        for name in self.collect():
            kwargs = {}
            method = getattr(self, name)
            for param in method.__code__.co_varnames[1:method.__code__.co_argcount]:
                kwargs[param] = self.fixtures[param](self)
            try:
                method(**kwargs)
                results[name] = "pass"
            except Exception as exc:
                results[name] = f"error: {type(exc).__name__}"
        return results


class DatabaseTests(TestCase):
    @fixture
    def conn(self):
        return {"dsn": "sqlite://:memory:", "tables": ["users"]}

    def test_has_users(self, conn):
        assert "users" in conn["tables"]


class HttpTests(TestCase):
    @fixture
    def client(self):
        return {"base": "http://localhost"}

    def test_base_url(self, client):
        assert client["base"].startswith("http")

    def test_no_db(self):
        assert "conn" not in type(self).fixtures


if __name__ == "__main__":
    assert DatabaseTests().run() == {"test_has_users": "pass"}
    results = HttpTests().run()
    assert results["test_base_url"] == "pass"
    assert results["test_no_db"] == "error: AssertionError"
    assert set(DatabaseTests.fixtures) == {"conn", "client"}
    print("BUG SHOWN")
