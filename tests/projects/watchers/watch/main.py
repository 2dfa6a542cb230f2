"""`python3 -m watch.main`: handlers made in a loop and handed to a helper's
watcher parameter, which the file fills with another file's FileWatcher:
the watcher keeps them, so they run after the loop and read its last values."""
from .watcher import FileWatcher


def install(watcher, rules, ran):
    for pattern, action in rules.items():
        def handler(path):
            ran.append((action, path))  # expect: SNG301
        watcher.on_change(pattern, handler)


def install_bound(watcher, rules, ran):
    for pattern, action in rules.items():
        def handler(path, action=action):
            ran.append((action, path))
        watcher.on_change(pattern, handler)


def main():
    rules = {"*.scss": "sass", "*.html": "jinja"}
    ran, ran_bound = [], []
    watcher = FileWatcher()
    bound = FileWatcher()
    install(watcher, rules, ran)
    install_bound(bound, rules, ran_bound)
    watcher.poll(["site.scss"])
    bound.poll(["site.scss"])
    assert ran == [("jinja", "site.scss")], ran
    assert ran_bound == [("sass", "site.scss")], ran_bound


if __name__ == "__main__":
    main()
