/* fix: `snag check --fix / --unsafe-fixes / --diff`.
 *
 * A file's fixes are applied to its bytes as read from disk, then the new
 * text is linted again and the fixes of that round applied, until a round
 * fixes nothing (at most SG_FIX_ROUNDS rounds). Within a round, fixes are
 * taken in order of their first edit and a fix is dropped whole when any of
 * its edits touches an edit already taken (two insertions at one offset
 * count as touching), so the result does not depend on the rules' order.
 * A file that does not parse (SNG001) or cannot be read (SNG002) is never
 * fixed, nor one that declares an encoding other than UTF-8 (its spans are
 * into the decoded text), and a round whose result no longer parses is
 * undone.
 *
 * The file is rewritten atomically: a temporary file in the real file's
 * folder (a symlink is written through), with the original's owner, group
 * and permission bits, renamed over it — a reader never sees half a file.
 * A file with hard links, whose owner the user cannot give the new file, or
 * in a folder the user may not add to, is overwritten in place instead
 * (after the new text is complete), so it stays the same file. A file
 * without write permission (no w bit, even for root) is not rewritten.
 * --diff writes a unified diff of the changed hunks instead (cli/diff.c)
 * and changes nothing. */
#include "cli/fix.h"

#include "cli/cli.h"
#include "cli/diff.h"
#include "parser/notebook.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SG_FIX_ROUNDS 10

typedef struct FixEdit {
  uint32_t start, end;
  const char *text;
} FixEdit;

static int sg_fix__compare(const void *pa, const void *pb) {
  const FixEdit *a = pa, *b = pb;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  return a->end < b->end ? -1 : a->end > b->end;
}

/* Do [a, b) and an edit overlap or meet at one insertion point? */
static bool sg_fix__touches(const FixEdit *taken, uint32_t n, uint32_t start, uint32_t end) {
  for (uint32_t i = 0; i < n; i++) {
    if (start < taken[i].end && taken[i].start < end) return true;
    if (start == taken[i].start) return true;
  }
  return false;
}

static bool sg_fix__allowed(const Fix *fix, bool unsafe) {
  return fix && fix->edits.len && (fix->applicability == FIX_SAFE || unsafe);
}

static bool sg_fix__unparsable(const FileResult *r) {
  for (uint32_t i = 0; i < r->items.len; i++)
    if (r->items.items[i].rule == RULE_syntax_error || r->items.items[i].rule == RULE_unreadable_file) return true;
  return false;
}

typedef Array(FixEdit) FixEdits;

/* One round's edits: the fixes taken, in order of their first edit, each
 * whole or not at all; returns how many. `skip` is the BOM's length: spans
 * count from after it. In a notebook (cells), a fix must stay inside one
 * cell and clear of IPython lines. */
static uint32_t sg_fix__select(size_t len, size_t skip, const FileResult *r, bool unsafe, const CellMap *cells,
                               FixEdits *taken) {
  uint32_t n = 0, applied = 0;
  const Diagnostic **order = sg_calloc(r->items.len ? r->items.len : 1, sizeof *order);
  for (uint32_t i = 0; i < r->items.len; i++)
    if (sg_fix__allowed(r->items.items[i].fix, unsafe)) order[n++] = &r->items.items[i];
  for (uint32_t i = 1; i < n; i++) {  /* insertion sort: stable, n is small */
    const Diagnostic *d = order[i];
    uint32_t key = d->fix->edits.items[0].span.start_byte, j = i;
    for (; j > 0 && order[j - 1]->fix->edits.items[0].span.start_byte > key; j--) order[j] = order[j - 1];
    order[j] = d;
  }
  for (uint32_t i = 0; i < n; i++) {
    const Fix *fix = order[i]->fix;
    bool ok = true;
    for (uint32_t e = 0; e < fix->edits.len && ok; e++) {
      const Span *s = &fix->edits.items[e].span;
      ok = s->start_byte <= s->end_byte && skip + s->end_byte <= len &&
           !sg_fix__touches(taken->items, taken->len, s->start_byte, s->end_byte) &&
           (!cells || sg_cell_map_editable(cells, s->start_byte, s->end_byte));
    }
    if (!ok) continue;
    for (uint32_t e = 0; e < fix->edits.len; e++) {
      const Edit *ed = &fix->edits.items[e];
      FixEdit fe = {ed->span.start_byte, ed->span.end_byte, ed->text ? ed->text : ""};
      array_push(taken, fe);
    }
    applied++;
  }
  sg_free(order);
  if (taken->len) qsort(taken->items, taken->len, sizeof *taken->items, sg_fix__compare);
  return applied;
}

/* text with the (sorted) edits applied; sg_free it. */
static char *sg_fix__apply(const char *text, size_t len, size_t skip, const FixEdits *taken, size_t *out_len) {
  size_t cap = len + 1;
  for (uint32_t i = 0; i < taken->len; i++) cap += strlen(taken->items[i].text);
  char *out = sg_malloc(cap);
  size_t o = 0, at = 0;
  memcpy(out, text, skip);
  o = at = skip;
  for (uint32_t i = 0; i < taken->len; i++) {
    size_t start = skip + taken->items[i].start, end = skip + taken->items[i].end;
    memcpy(out + o, text + at, start - at);
    o += start - at;
    size_t tl = strlen(taken->items[i].text);
    memcpy(out + o, taken->items[i].text, tl);
    /* the fixes see a lone-CR file with LF endings (parser/source.c) */
    if (memchr(taken->items[i].text, '\n', tl) && !strcmp(sg_text_newline(text, len, start), "\r"))
      for (size_t k = o; k < o + tl; k++)
        if (out[k] == '\n' && (k == o || out[k - 1] != '\r')) out[k] = '\r';
    o += tl;
    at = end;
  }
  memcpy(out + o, text + at, len - at);
  o += len - at;
  out[o] = '\0';
  *out_len = o;
  return out;
}

/* One round: the new text (sg_malloc) or NULL when no fix applies. */
static char *sg_fix__round(const char *text, size_t len, size_t skip, const FileResult *r, bool unsafe,
                           size_t *out_len, uint32_t *applied) {
  FixEdits taken = {0};
  *applied = sg_fix__select(len, skip, r, unsafe, NULL, &taken);
  char *out = taken.len ? sg_fix__apply(text, len, skip, &taken, out_len) : NULL;
  array_free(&taken);
  return out;
}

static bool sg_fix__write_all(int fd, const char *text, size_t len) {
  for (size_t done = 0; done < len;) {
    ssize_t w = write(fd, text + done, len - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    done += (size_t)w;
  }
  return true;
}

/* Over the file itself: its inode (hard links, owner, ACLs) stays. Not
 * atomic, so only where a new inode would change what the file is. */
static bool sg_fix__write_in_place(const char *real, const char *text, size_t len) {
  int fd = open(real, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = sg_fix__write_all(fd, text, len) && ftruncate(fd, (off_t)len) == 0 && fsync(fd) == 0;
  int err = errno;
  ok = close(fd) == 0 && ok;
  if (!ok) errno = err;
  return ok;
}

bool sg_fix_write(const char *path, const char *text, size_t len) {
  /* a symlink is written through: the real file is replaced, the link stays */
  char *real = realpath(path, NULL);
  if (!real) return false;
  struct stat st;
  bool ok = false;
  if (stat(real, &st) != 0) goto done;
  if (!S_ISREG(st.st_mode)) {
    errno = EINVAL;
    goto done;
  }
  /* the mode is respected, by root too: a file without a w bit is read-only */
  if (!(st.st_mode & 0222) || access(real, W_OK) != 0) {
    errno = EACCES;
    goto done;
  }
  if (st.st_nlink > 1) {  /* a new inode would split the hard links */
    ok = sg_fix__write_in_place(real, text, len);
    goto done;
  }
  size_t pl = strlen(real);
  char *tmp = sg_malloc(pl + 16);
  snprintf(tmp, pl + 16, "%s.snag-XXXXXX", real);
  int fd = mkstemp(tmp);
  if (fd < 0) {  /* a folder we may not add to, around a file we may write */
    sg_free(tmp);
    ok = (errno == EACCES || errno == EPERM) && sg_fix__write_in_place(real, text, len);
    goto done;
  }
  /* owner and group first (chown clears set-id bits), then the mode */
  if ((st.st_uid != geteuid() || st.st_gid != getegid()) && fchown(fd, st.st_uid, st.st_gid) != 0) {
    /* not ours to give away (not root): keep the inode instead */
    close(fd);
    unlink(tmp);
    sg_free(tmp);
    ok = sg_fix__write_in_place(real, text, len);
    goto done;
  }
  ok = sg_fix__write_all(fd, text, len) && fchmod(fd, st.st_mode & 07777) == 0 && fsync(fd) == 0;
  int err = ok ? 0 : errno;
  if (close(fd) != 0 && ok) ok = false, err = errno;
  if (ok && rename(tmp, real) != 0) ok = false, err = errno;
  if (!ok) {
    unlink(tmp);
    errno = err;
  }
  sg_free(tmp);
done:;
  int saved = errno;
  free(real);  /* realpath's malloc */
  errno = saved;
  return ok;
}

/* The code-cell texts of a notebook result: pointers into its map. */
static void sg_fix__cell_texts(const CellMap *cells, char **texts, uint32_t *lens) {
  for (uint32_t k = 0; k < cells->cells.len; k++) {
    texts[k] = cells->original + cells->cells.items[k].start;
    lens[k] = cells->cells.items[k].end - cells->cells.items[k].start;
  }
}

/* A notebook: rounds of fixes on its joined cells (IPython lines restored
 * from the map's original text), then the changed cells' sources spliced
 * into the file's JSON, the rest of which is kept byte for byte. Returns
 * the new file (sg_free) or NULL when nothing was fixed. */
static char *sg_fix__notebook(Linter *linter, FileResult **result, const char *json, size_t len, bool unsafe,
                              uint32_t *fixed, size_t *out_len) {
  size_t max = linter->settings->max_file_size;
  Source *first = sg_notebook_source((*result)->path, json, len, max);
  char *out = NULL;
  if (first->status != SOURCE_OK || !first->cells || !(*result)->cells ||
      first->cells->cells.len != (*result)->cells->cells.len) {
    sg_source_delete(first);
    return NULL;
  }
  uint32_t n = first->cells->cells.len;
  char **texts = sg_calloc(n ? n : 1, sizeof *texts);
  uint32_t *lens = sg_calloc(n ? n : 1, sizeof *lens);
  for (int round = 0; round < SG_FIX_ROUNDS; round++) {
    const CellMap *cells = (*result)->cells;
    FixEdits taken = {0};
    uint32_t applied = sg_fix__select(cells->len, 0, *result, unsafe, cells, &taken);
    if (!taken.len) break;
    size_t new_len;
    char *text = sg_fix__apply(cells->original, cells->len, 0, &taken, &new_len);
    for (uint32_t k = 0; k < n; k++) {  /* edits stay inside cells: the cells shift by the edits before */
      const NotebookCell *c = &cells->cells.items[k];
      int64_t before = 0, through = 0;
      for (uint32_t e = 0; e < taken.len; e++) {
        int64_t delta = (int64_t)strlen(taken.items[e].text) - (int64_t)(taken.items[e].end - taken.items[e].start);
        if (taken.items[e].start < c->start) before += delta;
        if (taken.items[e].start <= c->end) through += delta;
      }
      texts[k] = text + (int64_t)c->start + before;
      lens[k] = (uint32_t)((int64_t)c->end + through - ((int64_t)c->start + before));
    }
    array_free(&taken);
    Source *next = sg_notebook_rejoin(first, texts, lens, max);
    sg_free(text);
    FileResult *again = sg_lint_source(linter, next);
    if (sg_fix__unparsable(again)) {  /* a fix broke the notebook: keep the last good text */
      sg_file_result_delete(again);
      break;
    }
    sg_file_result_delete(*result);
    *result = again;
    *fixed += applied;
  }
  if (*fixed) {
    sg_fix__cell_texts((*result)->cells, texts, lens);
    out = sg_notebook_write(json, len, first->cells, texts, lens, out_len);
    /* a second line of defence: the written notebook must read back as one,
     * with the same code cells holding the fixed texts */
    Source *back = out ? sg_notebook_source((*result)->path, out, *out_len, max) : NULL;
    bool same = back && back->status == SOURCE_OK && back->cells && back->cells->cells.len == n;
    for (uint32_t k = 0; same && k < n; k++) {
      const NotebookCell *c = &back->cells->cells.items[k];
      same = c->end - c->start == lens[k] && !memcmp(back->cells->original + c->start, texts[k], lens[k]);
    }
    sg_source_delete(back);
    if (!same) {
      fprintf(stderr, "snag: not writing the fixes of `%s`: the fixed notebook did not read back "
              "as the same notebook (a bug in snag; please report it)\n", (*result)->path);
      sg_free(out);
      out = NULL;
      *fixed = 0;
    }
  }
  sg_free(texts);
  sg_free(lens);
  sg_source_delete(first);
  return out;
}

/* Writes or shows the fixed text; *fixed = 0 when the file could not be written. */
static void sg_fix__emit(const FileResult *result, const FixOptions *opts, const char *original, size_t len,
                         const char *text, size_t text_len, uint32_t *fixed) {
  if (opts->fixed_out) {
    fwrite(text, 1, text_len, opts->fixed_out);
  } else if (opts->diff) {
    sg_diff_unified(opts->diff, result->path, original, len, text, text_len);
  } else if (!sg_fix_write(result->path, text, text_len)) {
    int err = errno;
    sg_cli_fail("cannot write the fixed `%s`: %s%s; its fixes were not written", result->path,
                strerror(err), err == EACCES ? " (the file is read-only)" : "");
    *fixed = 0;
    if (opts->failed) *opts->failed = true;
  }
}

/* A write failed: the file still holds original, so its findings are reported. */
static FileResult *sg_fix__unwritten(Linter *linter, FileResult *result, const char *original, size_t len) {
  FileResult *again = sg_lint_bytes(linter, result->path, original, len);
  sg_file_result_delete(result);
  return again;
}

FileResult *sg_fix_file(Linter *linter, FileResult *result, const FixOptions *opts, uint32_t *fixed) {
  *fixed = 0;
  if (sg_fix__unparsable(result)) return result;
  bool any = false;
  for (uint32_t i = 0; i < result->items.len && !any; i++) any = sg_fix__allowed(result->items.items[i].fix, opts->unsafe);
  if (!any) return result;
  size_t len;
  char *original = opts->text ? NULL : sg_cli_read_file(result->path, &len);
  if (opts->text) {
    len = opts->text_len;
    original = sg_malloc(len + 1);
    memcpy(original, opts->text, len);
    original[len] = '\0';
  }
  if (!original) return result;
  if (result->cells) {
    size_t out_len = 0;
    char *out = sg_fix__notebook(linter, &result, original, len, opts->unsafe, fixed, &out_len);
    if (out) sg_fix__emit(result, opts, original, len, out, out_len, fixed);
    if (out && !*fixed) result = sg_fix__unwritten(linter, result, original, len);
    *fixed = out ? *fixed : 0;
    sg_free(out);
    sg_free(original);
    return result;
  }
  char encoding[40];
  if (sg_source_declared_encoding(original, len, encoding, sizeof encoding)) {
    /* spans are into the decoded UTF-8 text (parser/source.h): writing
     * them back would turn the file into UTF-8 under its declaration */
    sg_cli_note("not fixing `%s`: it declares the encoding '%s'; snag applies "
                "fixes to UTF-8 files only", result->path, encoding);
    sg_free(original);
    return result;
  }
  size_t skip = len >= 3 && !memcmp(original, "\xEF\xBB\xBF", 3) ? 3 : 0;
  char *text = original;
  size_t text_len = len;
  for (int round = 0; round < SG_FIX_ROUNDS; round++) {
    size_t next_len;
    uint32_t applied;
    char *next = sg_fix__round(text, text_len, skip, result, opts->unsafe, &next_len, &applied);
    if (!next) break;
    FileResult *again = sg_lint_bytes(linter, result->path, next, next_len);
    if (sg_fix__unparsable(again)) {  /* a fix broke the file: keep the last good text */
      sg_file_result_delete(again);
      sg_free(next);
      break;
    }
    sg_file_result_delete(result);
    result = again;
    if (text != original) sg_free(text);
    text = next;
    text_len = next_len;
    *fixed += applied;
  }
  if (*fixed) {
    sg_fix__emit(result, opts, original, len, text, text_len, fixed);
    if (!*fixed) result = sg_fix__unwritten(linter, result, original, len);
  }
  if (text != original) sg_free(text);
  sg_free(original);
  return result;
}
