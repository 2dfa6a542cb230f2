/* Unified diffs of --diff: exact hunks for small cases, and for random
 * edits of a random file, the hunks applied back to the old text give the
 * new text, with headers that count what they hold and no more than 3
 * lines of context around each change. */
#include <stdlib.h>
#include <string.h>

#include "cli/diff.h"
#include "tests/unit/test.h"

static char *test_diff__render(const char *a, const char *b) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  sg_diff_unified(out, "m.py", a, strlen(a), b, strlen(b));
  fclose(out);
  return buf;
}

/* Applies diff to a (as `patch` would, hunks in order, context checked);
 * NULL when a hunk does not match or a header miscounts. */
static char *test_diff__apply(const char *a, const char *diff) {
  size_t cap = strlen(a) + strlen(diff) + 1, o = 0;
  char *out = malloc(cap);
  const char *ap = a, *p = diff;
  unsigned aline = 1;
  if (!*p) {
    strcpy(out, a);
    return out;
  }
  if (strncmp(p, "--- m.py\n+++ m.py\n", 18) != 0) goto fail;
  p += 18;
  while (*p) {
    unsigned as, al, bs, bl;
    if (sscanf(p, "@@ -%u,%u +%u,%u @@\n", &as, &al, &bs, &bl) != 4) goto fail;
    p = strchr(p, '\n') + 1;
    unsigned first = al ? as : as + 1;  /* the hunk's first old line */
    while (aline < first) {  /* copy the lines before the hunk */
      const char *nl = strchr(ap, '\n');
      if (!nl) goto fail;
      memcpy(out + o, ap, (size_t)(nl + 1 - ap));
      o += (size_t)(nl + 1 - ap);
      ap = nl + 1;
      aline++;
    }
    unsigned got_a = 0, got_b = 0;
    while (*p && *p != '@') {
      char mark = *p++;
      const char *nl = strchr(p, '\n');
      size_t n = (size_t)(nl + 1 - p);
      bool no_newline = strncmp(nl + 1, "\\ No newline at end of file\n", 28) == 0;
      size_t body = no_newline ? n - 1 : n;
      if (mark == ' ' || mark == '-') {
        if (strncmp(ap, p, body) != 0) goto fail;
        ap += body;
        aline++;
        got_a++;
      }
      if (mark == ' ' || mark == '+') {
        memcpy(out + o, p, body);
        o += body;
        got_b++;
      }
      p = nl + 1 + (no_newline ? 28 : 0);
    }
    if (got_a != al || got_b != bl) goto fail;
  }
  strcpy(out + o, ap);
  return out;
fail:
  free(out);
  return NULL;
}

static void test_diff_exact(void) {
  char *d = test_diff__render("a\nb\n", "a\nb\n");
  CHECK_STR(d, "");
  free(d);
  /* two changes 8 lines apart: two hunks, 3 lines of context each */
  d = test_diff__render("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
                        "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\nELEVEN\n12\n");
  CHECK_STR(d,
            "--- m.py\n+++ m.py\n"
            "@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n"
            "@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+ELEVEN\n 12\n");
  free(d);
  /* six equal lines between changes: one hunk */
  d = test_diff__render("1\n2\n3\n4\n5\n6\n7\n8\n", "X\n2\n3\n4\n5\n6\n7\nY\n");
  CHECK_STR(d, "--- m.py\n+++ m.py\n@@ -1,8 +1,8 @@\n-1\n+X\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n");
  free(d);
  /* an insertion (the header names the line before), a pure deletion */
  d = test_diff__render("a\nb\n", "a\nnew\nb\n");
  CHECK_STR(d, "--- m.py\n+++ m.py\n@@ -1,2 +1,3 @@\n a\n+new\n b\n");
  free(d);
  d = test_diff__render("", "x\n");
  CHECK_STR(d, "--- m.py\n+++ m.py\n@@ -0,0 +1,1 @@\n+x\n");
  free(d);
  d = test_diff__render("x\ny", "x\ny\n");
  CHECK_STR(d, "--- m.py\n+++ m.py\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
  free(d);
}

static void test_diff_random(void) {
  unsigned seed = 12345;
  for (int round = 0; round < 400; round++) {
    /* a file of lines drawn from a small alphabet (many equal lines, so
     * the alignment is not trivial), then a few edits */
    char a[4096] = "", b[4096] = "";
    int n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 40;
    const char *words[] = {"x = 1", "pass", "", "return x", "def f():", "y = 2"};
    int lines_a[64], na = 0, lines_b[128], nb = 0;
    for (int i = 0; i < n; i++) lines_a[na++] = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 6;
    for (int i = 0; i < na; i++) {
      unsigned r = (seed = seed * 1103515245u + 12345u) >> 16;
      if (r % 9 == 0) continue;                       /* delete */
      if (r % 9 == 1) lines_b[nb++] = (int)(r >> 4) % 6;  /* insert before */
      lines_b[nb++] = r % 9 == 2 ? (int)(r >> 5) % 6 : lines_a[i];  /* replace or keep */
    }
    for (int i = 0; i < na; i++) {
      strcat(a, words[lines_a[i]]);
      strcat(a, "\n");
    }
    for (int i = 0; i < nb; i++) {
      strcat(b, words[lines_b[i]]);
      strcat(b, "\n");
    }
    if (round % 5 == 0 && strlen(b)) b[strlen(b) - 1] = '\0';  /* no final newline */
    char *d = test_diff__render(a, b);
    char *back = test_diff__apply(a, d);
    if (!back || strcmp(back, b) != 0) {
      fprintf(stderr, "  round %d: the diff does not apply:\n%s\n--- a:\n%s\n--- b:\n%s\n", round, d, a, b);
      sg_test_failures++;
      free(back);
      free(d);
      return;
    }
    /* no line of context farther than 3 from a change */
    int run = 0;
    for (const char *p = d; *p; p = strchr(p, '\n') + 1) {
      if (*p == ' ') run++;
      else if (*p == '@') run = 0;
      else if (*p == '-' || *p == '+') {
        if (p[1] != '-' && p[1] != '+') {
          CHECK(run <= 6);
          run = 0;
        }
      }
    }
    free(back);
    free(d);
  }
}

void test_suite_diff(void) {
  RUN_TEST(test_diff_exact);
  RUN_TEST(test_diff_random);
}
