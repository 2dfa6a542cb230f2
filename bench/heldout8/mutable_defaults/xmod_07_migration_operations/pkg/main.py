from .versions import ALL


class Migrator:
    def __init__(self, applied=()):
        self.applied = set(applied)

    def pending(self):
        return [cls() for cls in ALL if cls().version not in self.applied]

    def script(self):
        lines = []
        for migration in self.pending():
            lines.append(f"-- {migration.version}")
            lines.extend(migration.plan())
        return lines


def main():
    lines = Migrator().script()
    creates = [line for line in lines if line.startswith("CREATE TABLE users")]
    assert len(creates) == 2, lines
    assert lines[-1] == "ALTER TABLE users ADD COLUMN last_login TIMESTAMP;"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
