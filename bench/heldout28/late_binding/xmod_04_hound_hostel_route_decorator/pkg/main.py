from .router import Router
from .views import register_views


def main():
    router = Router()
    register_views(router)
    print("routes:", router.paths())

    status, body = router.dispatch("/kennels/B2/status")
    print(status, body)

    if body["kennel"] != "B2":
        print(f"GET /kennels/B2/status answered for kennel {body['kennel']}")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
