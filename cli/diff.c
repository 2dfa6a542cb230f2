/* diff: a line diff (Myers' O((N+M)D) algorithm on what lies between the
 * common prefix and suffix) printed as unified hunks. Fixes are few and
 * local, so D is small; past SG_DIFF_MAX_EDITS the middle is printed as one
 * replacement, still exact, only longer. */
#include "cli/diff.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "parser/alloc.h"

#define SG_DIFF_MAX_EDITS 2000

typedef struct DiffLines {
  const char *text;
  size_t *starts;   /* n + 1 entries; the last is the text's length */
  uint32_t n;
} DiffLines;

typedef enum DiffOp { DIFF_EQUAL, DIFF_DELETE, DIFF_INSERT } DiffOp;

static DiffLines sg_diff__lines(const char *text, size_t len) {
  DiffLines self = {.text = text};
  for (size_t i = 0; i < len; i++) self.n += text[i] == '\n';
  if (len && text[len - 1] != '\n') self.n++;
  self.starts = sg_malloc(((size_t)self.n + 1) * sizeof *self.starts);
  uint32_t k = 0;
  self.starts[k++] = 0;
  for (size_t i = 0; i < len && k < self.n; i++)
    if (text[i] == '\n') self.starts[k++] = i + 1;
  self.starts[self.n] = len;
  return self;
}

static bool sg_diff__eq(const DiffLines *a, uint32_t i, const DiffLines *b, uint32_t j) {
  size_t la = a->starts[i + 1] - a->starts[i], lb = b->starts[j + 1] - b->starts[j];
  return la == lb && memcmp(a->text + a->starts[i], b->text + b->starts[j], la) == 0;
}

/* The furthest x diagonal k reaches in round d from round d-1's values
 * prev[k] (prev + d - 1 is diagonal 0; -1: not reached); *down tells
 * whether the last step was an insertion. -1 when no step stays inside the
 * n x m grid. */
static int32_t sg_diff__step(const int32_t *prev, int32_t d, int32_t k, int32_t n, int32_t m, bool *down) {
  if (d == 0) return *down = false, 0;
  int32_t x_down = -1, x_right = -1;
  if (k + 1 <= d - 1 && prev[k + 1] >= 0 && prev[k + 1] - k <= m) x_down = prev[k + 1];
  if (k - 1 >= -(d - 1) && prev[k - 1] >= 0 && prev[k - 1] + 1 <= n) x_right = prev[k - 1] + 1;
  *down = x_down >= 0 && x_down >= x_right;
  return *down ? x_down : x_right;
}

/* Appends the ops turning a[ao, ao+n) into b[bo, bo+m); false (nothing
 * appended) when that takes more than SG_DIFF_MAX_EDITS edits. */
static bool sg_diff__myers(const DiffLines *a, uint32_t ao, int32_t n, const DiffLines *b, uint32_t bo,
                           int32_t m, void *ops_array) {
  Array(uint8_t) *ops = ops_array;
  /* rounds[d] holds the x reached on diagonals -d..d after round d */
  Array(int32_t) rounds = {0};
  Array(uint32_t) round_at = {0};
  int32_t found = -1;
  for (int32_t d = 0; d <= n + m && d <= SG_DIFF_MAX_EDITS && found < 0; d++) {
    array_push(&round_at, rounds.len);
    array_reserve(&rounds, rounds.len + 2 * (uint32_t)d + 1);
    int32_t *cur = rounds.items + rounds.len + d;
    const int32_t *prev = d ? rounds.items + round_at.items[d - 1] + (d - 1) : NULL;
    for (int32_t k = -d; k <= d; k++) {
      bool down;
      int32_t x = (k + d) % 2 ? -1 : sg_diff__step(prev, d, k, n, m, &down);
      if (x >= 0) {
        int32_t y = x - k;
        while (x < n && y < m && sg_diff__eq(a, ao + (uint32_t)x, b, bo + (uint32_t)y)) x++, y++;
        if (x == n && y == m) found = d;
      }
      cur[k] = x;
    }
    rounds.len += 2 * (uint32_t)d + 1;
  }
  if (found < 0) {
    array_free(&rounds);
    array_free(&round_at);
    return false;
  }
  /* Walk back from (n, m), collecting the ops in reverse. */
  uint32_t first = ops->len;
  int32_t x = n, y = m;
  for (int32_t d = found; d > 0; d--) {
    const int32_t *prev = rounds.items + round_at.items[d - 1] + (d - 1);
    bool down;
    int32_t k = x - y;
    int32_t start_x = sg_diff__step(prev, d, k, n, m, &down);
    int32_t start_y = start_x - k;
    for (; x > start_x && y > start_y; x--, y--) array_push(ops, DIFF_EQUAL);
    array_push(ops, down ? DIFF_INSERT : DIFF_DELETE);
    x = down ? start_x : start_x - 1;
    y = down ? start_y - 1 : start_y;
  }
  for (; x > 0 && y > 0; x--, y--) array_push(ops, DIFF_EQUAL);
  for (uint32_t i = first, j = ops->len; i + 1 < j; i++, j--) {
    uint8_t t = ops->items[i];
    ops->items[i] = ops->items[j - 1];
    ops->items[j - 1] = t;
  }
  array_free(&rounds);
  array_free(&round_at);
  return true;
}

static void sg_diff__line(FILE *out, char mark, const DiffLines *lines, uint32_t i) {
  size_t a = lines->starts[i], b = lines->starts[i + 1];
  fputc(mark, out);
  fwrite(lines->text + a, 1, b - a, out);
  if (b == a || lines->text[b - 1] != '\n') fputs("\n\\ No newline at end of file\n", out);
}

/* One hunk over ops[from, to), starting at a line i, b line j (0-based). */
static void sg_diff__hunk(FILE *out, const uint8_t *ops, uint32_t from, uint32_t to, uint32_t i, uint32_t j,
                          const DiffLines *a, const DiffLines *b) {
  uint32_t alen = 0, blen = 0;
  for (uint32_t p = from; p < to; p++) {
    alen += ops[p] != DIFF_INSERT;
    blen += ops[p] != DIFF_DELETE;
  }
  /* an empty side names the line before it, as diff does (`-0,0` at the top) */
  fprintf(out, "@@ -%u,%u +%u,%u @@\n", alen ? i + 1 : i, alen, blen ? j + 1 : j, blen);
  for (uint32_t p = from; p < to;) {
    if (ops[p] == DIFF_EQUAL) {
      sg_diff__line(out, ' ', a, i++);
      j++;
      p++;
      continue;
    }
    /* a run of changes: its deletions, then its insertions */
    uint32_t q = p;
    while (q < to && ops[q] != DIFF_EQUAL) q++;
    for (uint32_t r = p; r < q; r++)
      if (ops[r] == DIFF_DELETE) sg_diff__line(out, '-', a, i++);
    for (uint32_t r = p; r < q; r++)
      if (ops[r] == DIFF_INSERT) sg_diff__line(out, '+', b, j++);
    p = q;
  }
}

/* A path in a diff header, quoted as git quotes it ("a\033b.py", octal
 * escapes) when it holds a control character, a quote or a backslash: a raw
 * one would forge lines of the patch or reach the terminal; git apply and
 * GNU patch read the quoted form. */
static void sg_diff__path(FILE *out, const char *path) {
  bool quote = false;
  for (const unsigned char *p = (const unsigned char *)path; *p && !quote; p++)
    quote = *p < 0x20 || *p == 0x7f || *p == '"' || *p == '\\';
  if (!quote) {
    fputs(path, out);
    return;
  }
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
    else if (*p < 0x20 || *p == 0x7f) fprintf(out, "\\%03o", *p);
    else fputc(*p, out);
  }
  fputc('"', out);
}

void sg_diff_unified(FILE *out, const char *path, const char *atext, size_t alen, const char *btext, size_t blen) {
  DiffLines a = sg_diff__lines(atext, alen), b = sg_diff__lines(btext, blen);
  uint32_t pre = 0, post = 0;
  while (pre < a.n && pre < b.n && sg_diff__eq(&a, pre, &b, pre)) pre++;
  while (post < a.n - pre && post < b.n - pre && sg_diff__eq(&a, a.n - 1 - post, &b, b.n - 1 - post)) post++;
  Array(uint8_t) ops = {0};
  for (uint32_t p = 0; p < pre; p++) array_push(&ops, DIFF_EQUAL);
  int32_t n = (int32_t)(a.n - pre - post), m = (int32_t)(b.n - pre - post);
  if (!sg_diff__myers(&a, pre, n, &b, pre, m, &ops)) {
    for (int32_t p = 0; p < n; p++) array_push(&ops, DIFF_DELETE);
    for (int32_t p = 0; p < m; p++) array_push(&ops, DIFF_INSERT);
  }
  for (uint32_t p = 0; p < post; p++) array_push(&ops, DIFF_EQUAL);

  bool header = false;
  uint32_t i = 0, j = 0;  /* lines before ops[p] */
  for (uint32_t p = 0; p < ops.len;) {
    if (ops.items[p] == DIFF_EQUAL) {
      i++, j++, p++;
      continue;
    }
    /* a hunk: up to SG_DIFF_CONTEXT equal lines before, changes joined while
     * the equal lines between them are at most twice the context */
    uint32_t from = p, hi = i, hj = j;
    for (int c = 0; c < SG_DIFF_CONTEXT && from > 0 && ops.items[from - 1] == DIFF_EQUAL; c++)
      from--, hi--, hj--;
    uint32_t end = p, q = p;
    while (q < ops.len) {
      if (ops.items[q] != DIFF_EQUAL) {
        end = ++q;
        continue;
      }
      uint32_t r = q;
      while (r < ops.len && ops.items[r] == DIFF_EQUAL) r++;
      if (r == ops.len || r - q > 2 * SG_DIFF_CONTEXT) break;
      q = r;
    }
    uint32_t to = end;
    for (int c = 0; c < SG_DIFF_CONTEXT && to < ops.len && ops.items[to] == DIFF_EQUAL; c++) to++;
    if (!header) {
      fputs("--- ", out);
      sg_diff__path(out, path);
      fputs("\n+++ ", out);
      sg_diff__path(out, path);
      fputc('\n', out);
      header = true;
    }
    sg_diff__hunk(out, ops.items, from, to, hi, hj, &a, &b);
    for (uint32_t r = p; r < to; r++) {
      i += ops.items[r] != DIFF_INSERT;
      j += ops.items[r] != DIFF_DELETE;
    }
    p = to;
  }
  array_free(&ops);
  sg_free(a.starts);
  sg_free(b.starts);
}
