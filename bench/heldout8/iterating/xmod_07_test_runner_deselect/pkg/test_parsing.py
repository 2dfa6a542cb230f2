from .markers import ON_WINDOWS, skip_if, slow


def test_a_empty_input():
    assert "".split(",") == [""]


@slow
def test_b_large_document():
    assert len("x" * 10_000_000) == 10_000_000


def test_c_quoted_fields():
    assert 'a,"b,c"'.count(",") == 2


@skip_if(not ON_WINDOWS, "windows only")
def test_d_crlf_endings():
    assert "a\r\n".splitlines() == ["a"]


def test_e_unicode_bom():
    assert "\ufeffid".lstrip("\ufeff") == "id"
