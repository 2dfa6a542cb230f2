"""Theatre props store: checks props in and out, tolerating bad tags."""


class TagError(ValueError):
    pass


def decode_tag(tag):
    if not tag.startswith("PR-"):
        raise TagError(tag)
    return int(tag[3:])


class PropStore:
    def __init__(self):
        self.out = {}
        self.last_error = None
        self.bad_tags = []

    def _lookup(self, tag):
        prop_id = None
        try:
            prop_id = decode_tag(tag)
        except TagError as err:
            self.last_error = str(err)
            self.bad_tags.append(tag)
        return prop_id

    def check_out(self, tags, show):
        handled = 0
        for tag in tags:
            prop_id = self._lookup(tag)
            if prop_id is None:
                continue
            self.out[prop_id] = show
            handled += 1
        return handled

    def summary(self):
        counter = 0

        def bump(n):
            nonlocal counter
            counter += n

        for _ in self.out:
            bump(1)
        return counter


def main():
    store = PropStore()
    n = store.check_out(["PR-1", "XX-2", "PR-7"], "Macbeth")
    assert n == 2, n
    assert store.bad_tags == ["XX-2"]
    assert store.last_error == "XX-2"
    assert store.summary() == 2
    print("props out:", store.out)
    print("OK")


if __name__ == "__main__":
    main()
