/* Tests for cli/glob: every feature matching and not matching, '/' never
 * crossed by '*', '?' or a class, "**" edge cases, braces (nested, with
 * globs inside), escapes, UTF-8, the basename rule, patterns that would be
 * exponential for a naive matcher, and sg_glob_error. */
#include <time.h>

#include "cli/glob.h"
#include "parser/alloc.h"
#include "tests/unit/test.h"

#define YES(pat, path) CHECK(sg_glob_match(pat, path))
#define NO(pat, path) CHECK(!sg_glob_match(pat, path))

static void test_glob_literal_and_star(void) {
  YES("a.py", "a.py");
  NO("a.py", "b.py");
  NO("a.py", "a.pyi");
  YES("*.py", "a.py");
  YES("*.py", ".py");
  YES("*", "anything");
  YES("test_*", "test_");
  YES("a*b*c", "aXXbYYc");
  NO("a*b*c", "aXXbYY");
  YES("*a*", "banana");
  YES("**", "a/b/c.py");
  YES("src/*.py", "src/a.py");
  NO("src/*.py", "src/sub/a.py");   /* '*' never crosses '/' */
  NO("src*", "src/a.py");
  NO("a*b", "a/b");
  YES("./src/*.py", "src/a.py");    /* leading "./" ignored */
  YES("src/*.py", "./src/a.py");
  NO("a.py", "A.py");               /* case-sensitive */
}

static void test_glob_question(void) {
  YES("?.py", "a.py");
  NO("?.py", "ab.py");
  NO("?.py", ".py");
  NO("a?b", "a/b");                 /* '?' never matches '/' */
  YES("caf?.py", "caf\xc3\xa9.py");   /* é: two bytes, one character */
  NO("caf??.py", "caf\xc3\xa9.py");
  YES("?", "\xe2\x82\xac");           /* €: three bytes */
  YES("?", "\xf0\x9f\x90\x8d");       /* snake: four bytes */
  NO("?", "\xf0\x9f\x90\x8d" "x");
  YES("*?", "\xc3\xa9");
  YES("*\xc3\xa9", "x\xc3\xa9");
}

static void test_glob_classes(void) {
  YES("[abc].py", "b.py");
  NO("[abc].py", "d.py");
  YES("[a-z]1", "q1");
  NO("[a-z]1", "Q1");
  YES("[!a-z]1", "Q1");
  NO("[!a-z]1", "q1");
  YES("[^a-z]1", "Q1");
  NO("[^a-z]1", "q1");
  YES("[]]", "]");
  YES("[!]]", "x");
  NO("[!]]", "]");
  YES("[a-]", "-");
  YES("[\\]]", "]");
  YES("[{},]", "{");
  YES("[{},]", ",");
  NO("a[/]b", "a/b");               /* a class never matches '/' */
  NO("a[!x]b", "a/b");
  NO("a[^x]b", "a/b");
  YES("[\xc3\xa9" "e]", "\xc3\xa9");
  YES("[!e]", "\xc3\xa9");
  YES("[\xc3\xa0-\xc3\xbf]", "\xc3\xa9");  /* à-ÿ */
  YES("x[0-9][0-9]", "x42");
}

static void test_glob_globstar(void) {
  YES("**/test_*.py", "test_a.py");
  YES("**/test_*.py", "a/b/test_a.py");
  NO("**/test_*.py", "a/b/a_test.py");
  YES("src/**", "src/a.py");
  YES("src/**", "src/a/b/c.py");
  NO("src/**", "src");              /* a trailing globstar needs a component */
  NO("src/**", "srcx/a.py");
  NO("src/**", "lib/src/a.py");
  YES("a/**/b", "a/b");
  YES("a/**/b", "a/x/b");
  YES("a/**/b", "a/x/y/b");
  NO("a/**/b", "a/x/y/c");
  NO("a/**/b", "b");
  YES("a/**/**/b", "a/b");
  YES("a/**/**/b", "a/x/y/z/b");
  YES("**/a/**/b.py", "x/a/y/a/z/b.py");
  YES("**/a/*/b.py", "x/a/a/q/b.py");  /* needs backtracking over "**" */
  NO("**/a/*/b.py", "x/a/b.py");
  YES("**", "");
  YES("**", "a");
  YES("a**b", "aXXb");              /* not a whole component: like '*' */
  NO("a**b", "a/b");
  YES("**/", "a/");
  YES("tests/**/fixtures/*.py", "tests/unit/x/fixtures/f.py");
  NO("tests/**/fixtures/*.py", "tests/fixtures/sub/f.py");
}

static void test_glob_braces(void) {
  YES("{a,b,c}.py", "a.py");
  YES("{a,b,c}.py", "c.py");
  NO("{a,b,c}.py", "d.py");
  YES("*.{py,pyi}", "m.pyi");
  NO("*.{py,pyi}", "m.pyc");
  YES("{src,tests}/**/*.py", "tests/u/t.py");
  NO("{src,tests}/**/*.py", "docs/t.py");
  YES("{test_*,*_test}.py", "x_test.py");
  YES("{test_*,*_test}.py", "test_x.py");
  NO("{test_*,*_test}.py", "xtest.py");
  YES("a{,b}c", "ac");
  YES("a{,b}c", "abc");
  YES("{a,{b,{c,d}}}x", "dx");      /* nested three levels */
  YES("{a,b{1,2}}", "b2");
  NO("{a,b{1,2}}", "b3");
  YES("{a,b}{c,d}{e,f}", "bdf");
  YES("{**/migrations/*,setup}.py", "app/migrations/0001.py");
  YES("{**/migrations/*,setup}.py", "setup.py");
  YES("{a/*,b}", "a/x");
  YES("{a\\,b,c}", "a,b");          /* escaped comma is literal */
  NO("{a\\,b,c}", "a");
  YES("x,y", "x,y");                /* comma outside braces is literal */
}

static void test_glob_escapes(void) {
  YES("\\*.py", "*.py");
  NO("\\*.py", "a.py");
  YES("\\?", "?");
  NO("\\?", "a");
  YES("\\[a]", "[a]");
  NO("\\[a]", "a");
  YES("\\{a,b\\}", "{a,b}");
  NO("\\{a,b}", "{a,b}");          /* the bare `}` is unmatched: an error */
  NO("\\{a,b\\}", "a");
  YES("a\\\\b", "a\\b");
  YES("\\a", "a");
  YES("[[]", "[");
}

static void test_glob_basename(void) {
  YES("__init__.py", "__init__.py");
  YES("__init__.py", "pkg/__init__.py");
  YES("__init__.py", "a/b/c/__init__.py");
  NO("__init__.py", "a/b/x__init__.py");
  YES("*.pyi", "a/b/c.pyi");
  YES("test_*.py", "tests/unit/test_x.py");
  NO("tests/*.py", "x/tests/a.py");  /* has '/': anchored */
  NO("b/c.py", "a/b/c.py");
  YES("{__init__,conftest}.py", "a/conftest.py");  /* per alternative */
  YES("{x/*.py,conftest.py}", "deep/dir/conftest.py");
  NO("{x/*.py,conftest.py}", "deep/x/a.py");
}

static void test_glob_pathological(void) {
  size_t n = 20000;
  char *as = sg_malloc(n + 1);
  memset(as, 'a', n);
  as[n] = '\0';
  clock_t t0 = clock();
  NO("*a*a*a*a*a*a*b", as);
  YES("*a*a*a*a*a*a*a", as);
  NO("*a*a*a*a*a*a*a*a*a*a*a*a*?b", as);
  /* The same shape across components. */
  char *deep = sg_malloc(2 * 2000 + 1);
  for (size_t i = 0; i < 2000; i++) deep[2 * i] = 'a', deep[2 * i + 1] = '/';
  deep[2 * 2000 - 1] = '\0';
  NO("**/a/**/a/**/a/**/a/**/a/**/b", deep);
  YES("**/a/**/a/**/a/**/a/**/a/**/a", deep);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CHECK(secs < 1.0);
  sg_free(deep);
  sg_free(as);
}

static void test_glob_errors(void) {
  CHECK(sg_glob_error("**/test_*.py") == NULL);
  CHECK(sg_glob_error("{a,{b,c}}/[!x-z]?\\*") == NULL);
  CHECK(sg_glob_error("[]]") == NULL);
  CHECK(sg_glob_error("") == NULL);
  CHECK_STR(sg_glob_error("a[bc"), "unclosed `[`");
  CHECK_STR(sg_glob_error("a[]"), "unclosed `[`");
  CHECK_STR(sg_glob_error("[a\\"), "unclosed `[`");
  CHECK_STR(sg_glob_error("[z-a]"), "invalid range in `[...]` (start after end)");
  CHECK_STR(sg_glob_error("{a,b"), "unclosed `{`");
  CHECK_STR(sg_glob_error("{a,{b,c}"), "unclosed `{`");
  CHECK_STR(sg_glob_error("a}"), "unmatched `}`");
  CHECK_STR(sg_glob_error("a\\"), "dangling `\\` at the end of the pattern");
  CHECK(sg_glob_error("{{{{{{{{a}}}}}}}}") == NULL);  /* 8 levels */
  CHECK_STR(sg_glob_error("{{{{{{{{{a}}}}}}}}}"), "`{` nested too deeply");
  /* 2^11 = 2048 alternatives: over the cap; 2^10 is fine. */
  CHECK(sg_glob_error("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}") == NULL);
  CHECK_STR(sg_glob_error("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}"),
            "too many alternatives in `{...}`");
  /* Bad patterns match nothing. */
  NO("a[bc", "a[bc");
  NO("{a,b", "a");
  NO("a}", "a}");
}

void test_suite_glob(void) {
  RUN_TEST(test_glob_literal_and_star);
  RUN_TEST(test_glob_question);
  RUN_TEST(test_glob_classes);
  RUN_TEST(test_glob_globstar);
  RUN_TEST(test_glob_braces);
  RUN_TEST(test_glob_escapes);
  RUN_TEST(test_glob_basename);
  RUN_TEST(test_glob_pathological);
  RUN_TEST(test_glob_errors);
}
