from .signals import SignalHub
from .workflow import Document, wire_stage_stamps


def advance(hub, doc, stages):
    for stage in stages:
        hub.send(f"enter:{stage}", doc)


def main():
    hub = SignalHub()
    wire_stage_stamps(hub)
    doc = Document("release-notes")
    advance(hub, doc, ["drafted", "reviewed"])
    assert doc.stamps == ["published", "published"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
