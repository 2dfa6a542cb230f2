# Sourced by tests/cli/run.sh (uses its helpers, $T and $SNAG).
# JUnit XML: the document parses, the totals and each testcase are right,
# hostile names and messages are escaped, and a clean run is one passing test.

# junitxml FILE PYTHON: runs PYTHON with root = the parsed XML root of FILE
junitxml() {
  python3 -c "import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == 'testsuites', root.tag
suites = root.findall('testsuite')
$2" "$1" 2>"$T/.pyerr"
}

in_dir junit
cp "$T/base/mixed.py" "$T/base/clean.py" "$T/concise/u-emoji.py" .
run check --extend-select SNG202 --output-format junit mixed.py clean.py u-emoji.py
expect_rc junit-exit 1
expect_re junit-declaration '^<\?xml version="1\.0" encoding="UTF-8"\?>$'
check junit-document "python check failed" junitxml "$T/.out" '
a = root.attrib
assert (a["name"], a["tests"], a["failures"], a["errors"]) == ("snag", "4", "4", "0"), a
# only files with findings get a testsuite, in path order
assert [s.get("name") for s in suites] == ["mixed.py", "u-emoji.py"], [s.attrib for s in suites]
assert [(s.get("tests"), s.get("failures"), s.get("errors")) for s in suites] == [("3", "3", "0"), ("1", "1", "0")]
got = [(c.get("classname"), c.get("name"), c.get("line"), c.get("column")) for s in suites for c in s.findall("testcase")]
want = [("mixed.py", "org.snag.SNG201", "1", "12"), ("mixed.py", "org.snag.SNG202", "5", "9"),
        ("mixed.py", "org.snag.SNG206", "9", "8"), ("u-emoji.py", "org.snag.SNG206", "1", "14")]
assert got == want, got
for c in root.iter("testcase"):
    f = c.findall("failure")
    assert len(f) == 1, c.attrib
    m = f[0].get("message")
    assert m, c.attrib
    code = c.get("name").split(".")[-1]
    assert f[0].text.startswith("line %s, col %s, %s " % (c.get("line"), c.get("column"), code)), f[0].text
    assert f[0].text.endswith(": " + m), (f[0].text, m)
first = suites[0].find("testcase/failure").text
assert first.startswith("line 1, col 12, SNG201 mutable-default-mutated: "), first
'

# --statistics has no JUnit form: the full report is written
run check --extend-select SNG202 --output-format junit --statistics mixed.py
expect_rc junit-statistics-exit 1
check junit-statistics-full "python check failed" junitxml "$T/.out" '
assert root.get("tests") == "3" and len(list(root.iter("testcase"))) == 3, root.attrib
'

# hostile names: & < > " ' in the file name; a message with < > and '
mkf 'a&<>"'"'"'b.py' 'def f(x=[]):\n    x.append(1)\n'
mkf decorated.py 'from multiprocessing import Pool\n\n\ndef deco(f):\n    def wrapper(*a):\n        return f(*a)\n    return wrapper\n\n\n@deco\ndef sq(x):\n    return x * x\n\n\ndef main():\n    with Pool(2) as pool:\n        pool.map(sq, range(4))\n'
run check --output-format junit 'a&<>"'"'"'b.py' decorated.py
expect_rc junit-hostile-exit 1
check junit-hostile-name "python check failed" junitxml "$T/.out" '
names = [s.get("name") for s in suites]
assert names == ["a&<>\"'"'"'b.py", "decorated.py"], names
c = suites[0].find("testcase")
assert c.get("classname") == names[0] and c.get("name") == "org.snag.SNG201", c.attrib
'
check junit-hostile-message "python check failed" junitxml "$T/.out" '
f = suites[1].find("testcase/failure")
m = f.get("message")
assert "deco.<locals>.wrapper" in m and "decorator'"'"'s" in m, m
assert f.text.endswith(m) and "SNG601 unpicklable-callable: " in f.text, f.text
'

# a control byte (not allowed in XML 1.0) and invalid UTF-8 in file names
mkf "$(printf 'a\001b.py')" 'def f(x=[]):\n    x.append(1)\n'
mkf "$(printf 'lat\351n.py')" 'y = [[]] * 2; y[0].append(0)\n'
run check --output-format junit "$(printf 'a\001b.py')" "$(printf 'lat\351n.py')"
expect_rc junit-control-exit 1
check junit-control-well-formed "python check failed" junitxml "$T/.out" '
names = sorted(s.get("name") for s in suites)
assert names == ["a\ufffdb.py", "lat\ufffdn.py"], names
assert root.get("tests") == "2", root.attrib
'

# no findings at all: one passing testcase so CI shows a green test
run check --output-format junit clean.py
expect_rc junit-clean-exit 0
check junit-clean-passing "python check failed" junitxml "$T/.out" '
assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "0", "0"), root.attrib
assert len(suites) == 1 and suites[0].get("name") == "snag", [s.attrib for s in suites]
cases = suites[0].findall("testcase")
assert [(c.get("name"), c.get("classname")) for c in cases] == [("No errors found", "snag")], [c.attrib for c in cases]
assert not list(cases[0]), "the passing testcase has children"
'
