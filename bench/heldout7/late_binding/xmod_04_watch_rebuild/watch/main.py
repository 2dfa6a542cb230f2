from .rules import BuildRules
from .watcher import FileWatcher


def install(watcher, rules, log):
    for pattern, action in rules.table().items():
        def handler(path):
            log.append(pattern)
            action(path)
        watcher.on_change(pattern, handler)


def main():
    rules, log = BuildRules(), []
    watcher = FileWatcher()
    install(watcher, rules, log)
    watcher.poll({"static/site.scss": 1, "static/app.js": 1})
    assert ("sass", "static/site.scss") not in rules.ran
    assert rules.ran == [("jinja", "static/site.scss"), ("jinja", "static/app.js")], rules.ran
    assert log == ["*.html", "*.html"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
