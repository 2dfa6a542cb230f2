from .corporate import CorporateResolver, PublicResolver

ZONE = {
    "wiki.corp.internal.": "10.0.0.7",
    "wiki.": "203.0.113.9",
    "example.com.": "93.184.216.34",
}


def main():
    corp = CorporateResolver(ZONE, domains=["corp.internal"])
    assert corp.resolve("wiki").address == "10.0.0.7"
    public = PublicResolver(ZONE)
    assert public.search_domains == ["corp.internal"]
    assert public.resolve("wiki").address == "10.0.0.7"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
