from .case import TestCase


class ArithmeticTests(TestCase):
    def test_add(self):
        assert 1 + 1 == 2

    def test_div(self):
        assert 7 // 2 == 3


class NetworkTests(TestCase):
    retries = 3

    def setUp(self):
        self.calls = getattr(self, "calls", 0) + 1

    def test_flaky_handshake(self):
        assert self.calls >= 2


class ExpensiveTests(TestCase):
    retries = 0

    def test_full_rebuild(self):
        assert sum(range(10)) == 45
