import multiprocessing
import pickle

from . import jobs


def render_site(pages, processes=2):
    with multiprocessing.Pool(processes) as pool:
        pending = [pool.apply_async(jobs.render_page, (tpl, ctx)) for tpl, ctx in pages]
        return [p.get(timeout=10) for p in pending]


def main():
    assert jobs.render_page("<h1>{title}</h1>", {"title": "Home"}) == "<h1>Home</h1>"
    try:
        render_site([("<h1>{title}</h1>", {"title": "Home"}), ("<p>{body}</p>", {"body": "hi"})])
    except pickle.PicklingError as exc:
        assert "render_page" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected PicklingError")


if __name__ == "__main__":
    main()
