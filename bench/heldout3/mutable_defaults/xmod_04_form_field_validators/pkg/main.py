from .forms import SignupForm


def main():
    form = SignupForm()
    errors = form.validate({"email": "a@example.com"})
    assert set(errors) == {"nickname", "referral_code"}
    assert errors["nickname"] == "Nickname is required"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
