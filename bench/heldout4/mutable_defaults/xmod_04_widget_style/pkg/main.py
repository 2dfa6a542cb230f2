from .forms import field_errors
from .widgets import Label


def main():
    before = Label("Name").render()
    assert before == '<span style="">Name</span>'
    field_errors(["required"])
    after = Label("Email").render()
    assert "color:red" in after, after
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
