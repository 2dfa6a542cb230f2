# Scoping forms for the binding table check (`snag debug lookup`, Python
# 3.12+ syntax: PEP 695 annotation scopes), beside the fixtures and the
# standard library, which have none. Not run: only parsed.
def first[T](items: list[T], default: T = None, *rest: T, **kw: T) -> T:
    return items[0] if items else default


def annotated[T](a: 'a string annotation', b: T) -> 'T':
    return a, b


class Box[T: (int, str)](Base[T], metaclass=Meta):
    item: T

    def get[U](self, other: U) -> tuple[T, U]:
        return self.item, other

    def __repr__[S: str](self, default: S = '') -> str:
        return default


type Alias[K, *Ts, **P] = dict[K, tuple[*Ts]]
type Plain = list[int]

counter = 0


def bump():
    global counter
    counter += 1
    return [y := n for n in range(3)], y


def late():
    value = 1
    global value  # a SyntaxError in Python; the model's order rule still applies


class Cell:
    def method(self):
        return __class__
