#include "lint/cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "parser/alloc.h"
#include "report/report.h"

#define SG_CACHE__MAGIC "SNAGCE01"
/* An entry larger than this is not read (a result has at most a few
 * thousand findings of a few hundred bytes). */
#define SG_CACHE__MAX_ENTRY (64u << 20)
/* A coarse file system's timestamp step, at most: a file changed this
 * close to a run's start may have changed during it unseen
 * (sg_cache__stable). */
#define SG_CACHE__RACY_NS (2ll * 1000000000ll)

/* ---- hashing ------------------------------------------------------------------ */

static inline uint64_t sg_cache__rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

uint64_t sg_cache_hash(const void *bytes, size_t len, uint64_t seed) {
  const unsigned char *b = bytes;
  const uint64_t k = 0x9E3779B97F4A7C15ull;
  uint64_t h = seed ^ ((uint64_t)len * k);
  /* each step is a bijection of h for a given word: a changed word
   * changes the state it leaves */
  for (; len >= 8; b += 8, len -= 8) {
    uint64_t w;
    memcpy(&w, b, 8);
    h = sg_cache__rotl(h ^ w, 29) * k;
  }
  uint64_t w = 0;
  memcpy(&w, b, len);
  h = sg_cache__rotl(h ^ w ^ ((uint64_t)len << 56), 29) * k;
  /* splitmix64's finalizer */
  h ^= h >> 30, h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27, h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

/* ---- stat signatures ----------------------------------------------------------- */

typedef struct Sig {
  int64_t mtime_ns, ctime_ns;
  uint64_t size, ino;
  bool regular;         /* not stored: a regular file (what an import probe asks) */
} Sig;

static int64_t sg_cache__now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

static bool sg_cache__stat(const char *path, Sig *out) {
  struct stat st;
  if (stat(path, &st) != 0) {
    *out = (Sig){-2, -2, 0, 0, false};  /* "missing": compares equal to missing */
    return false;
  }
  out->regular = S_ISREG(st.st_mode);
  out->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000ll + st.st_mtim.tv_nsec;
  out->ctime_ns = (int64_t)st.st_ctim.tv_sec * 1000000000ll + st.st_ctim.tv_nsec;
  out->size = (uint64_t)st.st_size;
  out->ino = (uint64_t)st.st_ino;
  return true;
}

/* Was the file last changed well before the run started (by more than a
 * coarse file system's timestamp step)? Then what the run read of it is
 * what it holds now, and its signature can stand for its bytes. A file
 * changed during the run, or just before, fails: a result that read it is
 * not stored (the next run lints it again). */
static bool sg_cache__stable(const Sig *s, int64_t run_start) {
  return s->mtime_ns >= 0 && s->mtime_ns < run_start - SG_CACHE__RACY_NS && s->ctime_ns < run_start - SG_CACHE__RACY_NS;
}

static bool sg_cache__sig_eq(const Sig *a, const Sig *b) {
  return a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns && a->size == b->size && a->ino == b->ino;
}

/* ---- the cache ---------------------------------------------------------------- */

typedef struct MemoEntry {
  char *path;
  Sig sig;
  bool statted;         /* sig set */
  int hashed;           /* 0 not yet, 1 content set, -1 unreadable */
  uint64_t content;
} MemoEntry;

struct ResultCache {
  char *dir;            /* the cache folder */
  char *folder;         /* dir/<binary>: this snag's entries */
  char *cwd;            /* relative paths are keyed from here; messages name paths from it */
  int64_t run_start;    /* when the cache was opened, before any file was read */
  uint64_t binary;      /* hash of the version and the executable's bytes */
  pthread_mutex_t lock;
  MemoEntry *memo;      /* dependency signatures, stat once per run */
  uint32_t memo_cap, memo_len;
  atomic_uint hits, misses, writes, counter;
};

/* The memo entry of path, made (not yet stat'ed nor hashed) when missing.
 * Called with the lock held; the table keeps its load under one half. */
static MemoEntry *sg_cache__memo(ResultCache *self, const char *path) {
  if ((self->memo_len + 1) * 2 > self->memo_cap) {
    uint32_t cap = self->memo_cap ? self->memo_cap * 2 : 1024;
    MemoEntry *grown = sg_calloc(cap, sizeof(MemoEntry));
    for (uint32_t i = 0; i < self->memo_cap; i++) {
      if (!self->memo[i].path) continue;
      uint32_t j = (uint32_t)sg_cache_hash(self->memo[i].path, strlen(self->memo[i].path), 7) & (cap - 1);
      while (grown[j].path) j = (j + 1) & (cap - 1);
      grown[j] = self->memo[i];
    }
    sg_free(self->memo);
    self->memo = grown, self->memo_cap = cap;
  }
  uint32_t j = (uint32_t)sg_cache_hash(path, strlen(path), 7) & (self->memo_cap - 1);
  while (self->memo[j].path && strcmp(self->memo[j].path, path)) j = (j + 1) & (self->memo_cap - 1);
  if (!self->memo[j].path) {
    self->memo[j].path = sg_strdup(path);
    self->memo_len++;
  }
  return &self->memo[j];
}

/* The signature of a dependency, stat'ed once per run (a stat is cheap:
 * under the lock). */
static Sig sg_cache__dep_sig(ResultCache *self, const char *path) {
  pthread_mutex_lock(&self->lock);
  MemoEntry *e = sg_cache__memo(self, path);
  if (!e->statted) sg_cache__stat(path, &e->sig), e->statted = true;
  Sig s = e->sig;
  pthread_mutex_unlock(&self->lock);
  return s;
}

/* The hash of a file's bytes, read with the run's size limit; false when
 * it cannot be read. */
static bool sg_cache__hash_file(const char *path, size_t max_bytes, uint64_t *content) {
  size_t len;
  char *bytes = sg_source_read_bytes(path, max_bytes, &len);
  if (!bytes) return false;
  *content = sg_cache_hash(bytes, len, 5);
  sg_free(bytes);
  return true;
}

/* The hash of a dependency's bytes, read once per run (outside the lock). */
static bool sg_cache__dep_content(ResultCache *self, const char *path, size_t max_bytes, uint64_t *content) {
  pthread_mutex_lock(&self->lock);
  MemoEntry *e = sg_cache__memo(self, path);
  int hashed = e->hashed;
  *content = e->content;
  pthread_mutex_unlock(&self->lock);
  if (hashed) return hashed > 0;
  uint64_t c = 0;
  bool ok = sg_cache__hash_file(path, max_bytes, &c);
  pthread_mutex_lock(&self->lock);
  e = sg_cache__memo(self, path);  /* the table may have grown meanwhile */
  e->hashed = ok ? 1 : -1;
  e->content = c;
  pthread_mutex_unlock(&self->lock);
  *content = c;
  return ok;
}

/* The version and the bytes of the running executable: a rebuilt snag
 * keys its entries apart (rules change between builds of one version). */
static uint64_t sg_cache__binary(void) {
  uint64_t h = sg_cache_hash(SNAG_VERSION, strlen(SNAG_VERSION), 1);
  FILE *f = fopen("/proc/self/exe", "rb");
  if (!f) return h;
  char *buf = sg_malloc(1 << 16);
  size_t n;
  while ((n = fread(buf, 1, 1 << 16, f)) > 0) h = sg_cache_hash(buf, n, h);
  sg_free(buf);
  fclose(f);
  return h;
}

/* mkdir -p: the folder and any missing parents. */
static bool sg_cache__mkdir(const char *path) {
  char p[PATH_MAX];
  if ((size_t)snprintf(p, sizeof p, "%s", path) >= sizeof p) {
    errno = ENAMETOOLONG;
    return false;
  }
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST) return false;
    *s = '/';
  }
  return mkdir(p, 0777) == 0 || errno == EEXIST;
}

/* Writes text to dir/name unless it exists. */
static void sg_cache__write_once(const char *dir, const char *name, const char *text) {
  char path[PATH_MAX];
  if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path) return;
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
  if (fd < 0) return;
  ssize_t w = write(fd, text, strlen(text));
  (void)w;
  close(fd);
}

ResultCache *sg_cache_open(const char *dir, char *why, size_t cap) {
  if (!dir || !*dir) {
    snprintf(why, cap, "no cache directory");
    return NULL;
  }
  if (!sg_cache__mkdir(dir)) {
    snprintf(why, cap, "cannot create the cache directory %s: %s", dir, strerror(errno));
    return NULL;
  }
  struct stat st;
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    snprintf(why, cap, "the cache directory %s is not a directory", dir);
    return NULL;
  }
  sg_cache__write_once(dir, ".gitignore", "# Made by snag: its result cache.\n*\n");
  sg_cache__write_once(dir, "CACHEDIR.TAG",
                       "Signature: 8a477f597d28d172789f06886806bc55\n"
                       "# This file is a cache directory tag created by snag.\n");
  ResultCache *self = sg_calloc(1, sizeof(ResultCache));
  self->run_start = sg_cache__now_ns();
  self->dir = sg_strdup(dir);
  self->binary = sg_cache__binary();
  char folder[PATH_MAX];
  snprintf(folder, sizeof folder, "%s/%016llx", dir, (unsigned long long)self->binary);
  if (!sg_cache__mkdir(folder)) {
    snprintf(why, cap, "cannot create %s: %s", folder, strerror(errno));
    sg_free(self->dir);
    sg_free(self);
    return NULL;
  }
  self->folder = sg_strdup(folder);
  char cwd[PATH_MAX];
  self->cwd = sg_strdup(getcwd(cwd, sizeof cwd) ? cwd : ".");
  pthread_mutex_init(&self->lock, NULL);
  return self;
}

/* ---- entries ------------------------------------------------------------------- */

typedef Array(char) Buf;

static void sg_buf_put(Buf *b, const void *p, size_t n) {
  for (size_t i = 0; i < n; i++) array_push(b, ((const char *)p)[i]);
}
static void sg_buf_u32(Buf *b, uint32_t v) { sg_buf_put(b, &v, 4); }
static void sg_buf_u64(Buf *b, uint64_t v) { sg_buf_put(b, &v, 8); }
static void sg_buf_str(Buf *b, const char *s) {
  uint32_t n = s ? (uint32_t)strlen(s) : 0;
  sg_buf_u32(b, n);
  sg_buf_put(b, s, n);
}
static void sg_buf_sig(Buf *b, const Sig *s) {
  sg_buf_u64(b, (uint64_t)s->mtime_ns);
  sg_buf_u64(b, (uint64_t)s->ctime_ns);
  sg_buf_u64(b, s->size);
  sg_buf_u64(b, s->ino);
}
static void sg_buf_span(Buf *b, const Span *s) {
  uint32_t v[6] = {s->start_byte, s->end_byte, s->line, s->col, s->end_line, s->end_col};
  sg_buf_put(b, v, sizeof v);
}

/* A bounded reader: every read checks what is left; `ok` goes false for
 * good at the first short one. */
typedef struct Reader {
  const char *p, *end;
  bool ok;
} Reader;

static void sg_rd_get(Reader *r, void *out, size_t n) {
  if (!r->ok || (size_t)(r->end - r->p) < n) {
    r->ok = false;
    memset(out, 0, n);
    return;
  }
  memcpy(out, r->p, n);
  r->p += n;
}
static uint32_t sg_rd_u32(Reader *r) { uint32_t v; sg_rd_get(r, &v, 4); return v; }
static uint64_t sg_rd_u64(Reader *r) { uint64_t v; sg_rd_get(r, &v, 8); return v; }
static char *sg_rd_str(Reader *r) {
  uint32_t n = sg_rd_u32(r);
  if (!r->ok || (size_t)(r->end - r->p) < n) {
    r->ok = false;
    return NULL;
  }
  char *s = sg_malloc((size_t)n + 1);
  memcpy(s, r->p, n);
  s[n] = '\0';
  r->p += n;
  return s;
}
static Sig sg_rd_sig(Reader *r) {
  Sig s;
  s.mtime_ns = (int64_t)sg_rd_u64(r);
  s.ctime_ns = (int64_t)sg_rd_u64(r);
  s.size = sg_rd_u64(r);
  s.ino = sg_rd_u64(r);
  return s;
}
static Span sg_rd_span(Reader *r) {
  uint32_t v[6];
  sg_rd_get(r, v, sizeof v);
  return (Span){v[0], v[1], v[2], v[3], v[4], v[5]};
}

/* A path the result depended on: whether it was there (an import's
 * probe: kind ABSENT or PRESENT, as found when it was probed), or its
 * content (a file whose exports were read): by its signature, else by the
 * hash of its bytes. */
typedef struct Dep {
  char *path;
  DependencyKind kind;
  Sig sig;
  uint64_t content;
} Dep;
typedef Array(Dep) Deps;

static void sg_cache__deps_free(Deps *d) {
  for (uint32_t i = 0; i < d->len; i++) sg_free(d->items[i].path);
  array_free(d);
}

/* The absolute path a key is made of. */
static void sg_cache__absolute(const ResultCache *self, const char *path, char *out, size_t cap) {
  if (path[0] == '/') snprintf(out, cap, "%s", path);
  else snprintf(out, cap, "%s/%s", self->cwd, path[0] == '.' && path[1] == '/' ? path + 2 : path);
}

/* What shapes a result besides the file: the settings (not keep_source:
 * code frames) and the working directory (messages name other files
 * from it). */
static uint64_t sg_cache__settings(const ResultCache *self, const Settings *s) {
  uint64_t h = sg_cache_hash(s->enabled, sizeof s->enabled, sg_cache_hash(self->cwd, strlen(self->cwd), 3));
  uint64_t v[4] = {(uint64_t)s->max_file_size, 0, s->max_analysis_facts, (uint64_t)(int64_t)s->target_minor};
  memcpy(&v[1], &s->max_parse_seconds, sizeof(double));
  return sg_cache_hash(v, sizeof v, h);
}

static void sg_cache__entry_path(const ResultCache *self, const char *abs, uint64_t settings, char *out, size_t cap) {
  uint64_t key = sg_cache_hash(abs, strlen(abs), settings);
  snprintf(out, cap, "%s/%016llx", self->folder, (unsigned long long)key);
}

static void sg_cache__encode(Buf *b, const char *abs, uint64_t settings, const Sig *sig, uint64_t content,
                             const Deps *deps, const FileResult *res) {
  sg_buf_put(b, SG_CACHE__MAGIC, 8);
  sg_buf_str(b, abs);
  sg_buf_u64(b, settings);
  sg_buf_sig(b, sig);
  sg_buf_u64(b, content);
  sg_buf_u32(b, deps->len);
  for (uint32_t i = 0; i < deps->len; i++) {
    array_push(b, (char)deps->items[i].kind);
    sg_buf_str(b, deps->items[i].path);
    sg_buf_sig(b, &deps->items[i].sig);
    sg_buf_u64(b, deps->items[i].content);
  }
  sg_buf_u32(b, res->suppressed);
  sg_buf_u32(b, res->items.len);
  for (uint32_t i = 0; i < res->items.len; i++) {
    const Diagnostic *d = &res->items.items[i];
    sg_buf_u32(b, (uint32_t)d->rule);
    sg_buf_u32(b, (uint32_t)d->severity);
    sg_buf_span(b, &d->span);
    sg_buf_str(b, d->message);
    sg_buf_u32(b, d->related.len);
    for (uint32_t k = 0; k < d->related.len; k++) {
      sg_buf_span(b, &d->related.items[k].span);
      sg_buf_str(b, d->related.items[k].message);
    }
    array_push(b, (char)(d->fix != NULL));
    if (!d->fix) continue;
    sg_buf_str(b, d->fix->title);
    sg_buf_u32(b, (uint32_t)d->fix->applicability);
    sg_buf_u32(b, d->fix->edits.len);
    for (uint32_t k = 0; k < d->fix->edits.len; k++) {
      sg_buf_span(b, &d->fix->edits.items[k].span);
      sg_buf_str(b, d->fix->edits.items[k].text);
    }
  }
  sg_buf_u64(b, sg_cache_hash(b->items, b->len, 11));
}

/* Is a decoded span one the reports can use on a text of `size` bytes
 * (the decoded text may be longer than the file: a latin-1 file becomes
 * UTF-8; the caller passes a bound)? */
static bool sg_cache__span_ok(const Span *s, uint64_t size) {
  return s->start_byte <= s->end_byte && s->end_byte <= size && s->line >= 1 && s->end_line >= s->line;
}

/* Every span of a result within its Source's text (for the reports that
 * cut code out of it). */
static bool sg_cache__spans_within(const FileResult *res, uint64_t len) {
  for (uint32_t i = 0; i < res->items.len; i++) {
    const Diagnostic *d = &res->items.items[i];
    if (!sg_cache__span_ok(&d->span, len)) return false;
    for (uint32_t k = 0; k < d->related.len; k++)
      if (!sg_cache__span_ok(&d->related.items[k].span, len)) return false;
    for (uint32_t k = 0; d->fix && k < d->fix->edits.len; k++)
      if (!sg_cache__span_ok(&d->fix->edits.items[k].span, len)) return false;
  }
  return true;
}

/* The result of an entry (path: the file's path as the run names it;
 * size: its bytes now), or NULL when anything in it is out of range. */
static FileResult *sg_cache__decode_result(Reader *r, const char *path, uint64_t size) {
  FileResult *res = sg_file_result_new(path);
  res->suppressed = sg_rd_u32(r);
  uint32_t n = sg_rd_u32(r);
  for (uint32_t i = 0; i < n && r->ok; i++) {
    Diagnostic d = {0};
    uint32_t rule = sg_rd_u32(r), severity = sg_rd_u32(r);
    if (rule >= RULE__COUNT || severity > SEVERITY_ERROR) r->ok = false;
    d.rule = (RuleId)rule;
    d.severity = (Severity)severity;
    d.span = sg_rd_span(r);
    if (!sg_cache__span_ok(&d.span, size)) r->ok = false;
    d.message = sg_rd_str(r);
    uint32_t nrel = sg_rd_u32(r);
    for (uint32_t k = 0; k < nrel && r->ok; k++) {
      Related rel = {sg_rd_span(r), NULL};
      if (!sg_cache__span_ok(&rel.span, size)) r->ok = false;
      rel.message = sg_rd_str(r);
      array_push(&d.related, rel);
    }
    char has_fix = 0;
    sg_rd_get(r, &has_fix, 1);
    if (has_fix && r->ok) {
      d.fix = sg_calloc(1, sizeof(Fix));
      d.fix->title = sg_rd_str(r);
      uint32_t app = sg_rd_u32(r);
      if (app > FIX_UNSAFE) r->ok = false;
      d.fix->applicability = (FixApplicability)app;
      uint32_t ne = sg_rd_u32(r);
      for (uint32_t k = 0; k < ne && r->ok; k++) {
        Edit e = {sg_rd_span(r), NULL};
        if (!sg_cache__span_ok(&e.span, size)) r->ok = false;
        e.text = sg_rd_str(r);
        array_push(&d.fix->edits, e);
      }
    }
    if (!d.message) d.message = sg_strdup("");
    array_push(&res->items, d);
  }
  if (!r->ok) {
    sg_file_result_delete(res);
    return NULL;
  }
  return res;
}

/* The entry's bytes, checked (magic, length, checksum); NULL when absent
 * or damaged. */
static char *sg_cache__read_entry(const char *path, size_t *len) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return NULL;
  struct stat st;
  char *buf = NULL;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 16 && (uint64_t)st.st_size <= SG_CACHE__MAX_ENTRY) {
    size_t n = (size_t)st.st_size, got = 0;
    buf = sg_malloc(n);
    while (got < n) {
      ssize_t k = read(fd, buf + got, n - got);
      if (k <= 0) break;
      got += (size_t)k;
    }
    uint64_t sum;
    if (got == n) memcpy(&sum, buf + n - 8, 8);
    if (got != n || memcmp(buf, SG_CACHE__MAGIC, 8) || sum != sg_cache_hash(buf, n - 8, 11)) {
      sg_free(buf);
      buf = NULL;
    } else {
      *len = n - 8;
    }
  }
  close(fd);
  return buf;
}

static bool sg_cache__is_notebook(const char *path) {
  size_t n = strlen(path);
  return n >= 6 && !strcmp(path + n - 6, ".ipynb");
}

static void sg_cache__write(ResultCache *self, const char *entry, const Buf *b) {
  char tmp[PATH_MAX];
  unsigned n = atomic_fetch_add(&self->counter, 1);
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp.%ld.%u", entry, (long)getpid(), n) >= sizeof tmp) return;
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0) return;
  size_t done = 0;
  while (done < b->len) {
    ssize_t k = write(fd, b->items + done, b->len - done);
    if (k <= 0) break;
    done += (size_t)k;
  }
  bool ok = close(fd) == 0 && done == b->len;
  if (ok && rename(tmp, entry) == 0) atomic_fetch_add(&self->writes, 1);
  else unlink(tmp);
}

FileResult *sg_cache_get(ResultCache *self, const char *path, const Settings *settings, CacheProbe *probe) {
  *probe = (CacheProbe){0};
  if (!self || sg_cache__is_notebook(path)) return NULL;
  Sig now;
  if (!sg_cache__stat(path, &now)) return NULL;
  probe->stat_ok = true;
  probe->mtime_ns = now.mtime_ns, probe->ctime_ns = now.ctime_ns, probe->size = now.size, probe->ino = now.ino;
  char abs[PATH_MAX], entry[PATH_MAX];
  sg_cache__absolute(self, path, abs, sizeof abs);
  uint64_t settings_key = sg_cache__settings(self, settings);
  sg_cache__entry_path(self, abs, settings_key, entry, sizeof entry);
  size_t len;
  char *buf = sg_cache__read_entry(entry, &len);
  FileResult *res = NULL;
  Deps deps = {0};
  bool rewrite = false, stable = sg_cache__stable(&now, self->run_start);
  Sig stored = {0};
  uint64_t content = 0;
  if (buf) {
    Reader r = {buf + 8, buf + len, true};
    char *key = sg_rd_str(&r);
    uint64_t skey = sg_rd_u64(&r);
    stored = sg_rd_sig(&r);
    content = sg_rd_u64(&r);
    bool ok = r.ok && key && !strcmp(key, abs) && skey == settings_key;
    sg_free(key);
    if (ok && !sg_cache__sig_eq(&stored, &now)) {
      /* touched, or a fresh checkout: the bytes decide */
      probe->hashed = sg_cache__hash_file(path, settings->max_file_size, &probe->content);
      ok = probe->hashed && probe->content == content;
      rewrite = ok;
    }
    uint32_t nd = ok ? sg_rd_u32(&r) : 0;
    for (uint32_t i = 0; i < nd && r.ok && ok; i++) {
      Dep d = {0};
      char kind = 0;
      sg_rd_get(&r, &kind, 1);
      d.kind = (DependencyKind)kind;
      d.path = sg_rd_str(&r);
      d.sig = sg_rd_sig(&r);
      d.content = sg_rd_u64(&r);
      if (!r.ok || kind < DEPENDENCY_ABSENT || kind > DEPENDENCY_CONTENT) {
        sg_free(d.path);
        ok = r.ok = false;
        break;
      }
      Sig cur = sg_cache__dep_sig(self, d.path);
      uint64_t now_content;
      if (d.kind != DEPENDENCY_CONTENT) {
        /* an import's probe: a module there now, or an `__init__.py` gone, changes where it leads */
        ok = cur.regular == (d.kind == DEPENDENCY_PRESENT);
      } else if (!(ok = sg_cache__sig_eq(&d.sig, &cur)) && d.sig.mtime_ns != -2 && cur.mtime_ns != -2) {
        /* touched, or a fresh checkout: the bytes decide */
        ok = sg_cache__dep_content(self, d.path, settings->max_file_size, &now_content) && now_content == d.content;
        if (ok) d.sig = cur, rewrite = true;
      }
      if (d.kind == DEPENDENCY_CONTENT && cur.mtime_ns != -2 && !sg_cache__stable(&cur, self->run_start))
        stable = false;
      array_push(&deps, d);
    }
    if (ok && r.ok) res = sg_cache__decode_result(&r, path, now.size * 4 + 4);
    if (res && r.p != r.end) {  /* trailing bytes: not an entry of this format */
      sg_file_result_delete(res);
      res = NULL;
    }
    sg_free(buf);
  }
  if (res && settings->keep_source) {
    res->source = sg_source_read(path, settings->max_file_size);
    if (res->source->status != SOURCE_OK || !sg_cache__spans_within(res, res->source->len)) {
      sg_file_result_delete(res);
      res = NULL;
    }
  }
  if (res && rewrite && stable) {
    /* next time the stat alone will do */
    Buf b = {0};
    sg_cache__encode(&b, abs, settings_key, &now, content, &deps, res);
    sg_cache__write(self, entry, &b);
    array_free(&b);
  }
  sg_cache__deps_free(&deps);
  /* a miss: hash the bytes before the lint reads them, so that an entry
   * never pairs a result with bytes newer than the ones it came from (a
   * file changed in between is then a miss next time, never a stale hit) */
  if (!res && !probe->hashed) probe->hashed = sg_cache__hash_file(path, settings->max_file_size, &probe->content);
  atomic_fetch_add(res ? &self->hits : &self->misses, 1);
  return res;
}

typedef struct DepCollect {
  ResultCache *cache;
  Deps *deps;
  size_t max_bytes;
  bool unstable;    /* a file read was changed during the run (or just before) */
} DepCollect;

static void sg_cache__collect(void *arg, const char *path, DependencyKind kind) {
  DepCollect *c = arg;
  Dep d = {sg_strdup(path), kind, {0}, 0};
  if (kind == DEPENDENCY_CONTENT) {
    d.sig = sg_cache__dep_sig(c->cache, path);
    if (d.sig.mtime_ns != -2) {
      c->unstable |= !sg_cache__stable(&d.sig, c->cache->run_start);
      c->unstable |= !sg_cache__dep_content(c->cache, path, c->max_bytes, &d.content);
    }
  }
  array_push(c->deps, d);
}

void sg_cache_put(ResultCache *self, const char *path, const Settings *settings, const CacheProbe *probe,
                  const FileResult *result, Project *project) {
  if (!self || !result || !probe->stat_ok || result->limited || sg_cache__is_notebook(path)) return;
  for (uint32_t i = 0; i < result->items.len; i++)
    if (result->items.items[i].rule == RULE_unreadable_file) return;
  if (!probe->hashed) return;  /* unreadable when it was looked up */
  /* unchanged since well before the run: what the lint read is what the
   * signature and the hash stand for */
  Sig sig = {probe->mtime_ns, probe->ctime_ns, probe->size, probe->ino, true}, cur;
  if (!sg_cache__stat(path, &cur) || !sg_cache__sig_eq(&sig, &cur) || !sg_cache__stable(&sig, self->run_start))
    return;
  uint64_t content = probe->content;
  char abs[PATH_MAX], entry[PATH_MAX];
  sg_cache__absolute(self, path, abs, sizeof abs);
  uint64_t settings_key = sg_cache__settings(self, settings);
  sg_cache__entry_path(self, abs, settings_key, entry, sizeof entry);
  Deps deps = {0};
  DepCollect c = {self, &deps, settings->max_file_size, false};
  bool deterministic = sg_project_dependencies(project, path, sg_cache__collect, &c);
  if (!deterministic || c.unstable) {
    sg_cache__deps_free(&deps);
    return;
  }
  Buf b = {0};
  sg_cache__encode(&b, abs, settings_key, &sig, content, &deps, result);
  sg_cache__write(self, entry, &b);
  array_free(&b);
  sg_cache__deps_free(&deps);
}

void sg_cache_stats(const ResultCache *self, uint32_t *hits, uint32_t *misses, uint32_t *writes) {
  *hits = self ? atomic_load(&self->hits) : 0;
  *misses = self ? atomic_load(&self->misses) : 0;
  *writes = self ? atomic_load(&self->writes) : 0;
}

/* ---- pruning -------------------------------------------------------------------- */

typedef struct Aged {
  char *path;
  int64_t mtime_ns;
  uint64_t size;
} Aged;

static int sg_cache__cmp_aged(const void *a, const void *b) {
  const Aged *x = a, *y = b;
  return x->mtime_ns < y->mtime_ns ? -1 : x->mtime_ns > y->mtime_ns;
}

/* Keeps the folder under SG_CACHE_MAX_BYTES: the oldest entries of every
 * binary's folder go first, down to three quarters of it; temporary files
 * an interrupted run left an hour ago go too. */
static void sg_cache__prune(ResultCache *self) {
  Array(Aged) all = {0};
  uint64_t total = 0;
  int64_t now = sg_cache__now_ns();
  DIR *top = opendir(self->dir);
  if (!top) return;
  struct dirent *e;
  while ((e = readdir(top))) {
    if (e->d_name[0] == '.' || strlen(e->d_name) != 16) continue;
    char sub[PATH_MAX];
    if ((size_t)snprintf(sub, sizeof sub, "%s/%s", self->dir, e->d_name) >= sizeof sub) continue;
    DIR *d = opendir(sub);
    if (!d) continue;
    struct dirent *f;
    while ((f = readdir(d))) {
      if (f->d_name[0] == '.') continue;
      char p[PATH_MAX];
      struct stat st;
      if ((size_t)snprintf(p, sizeof p, "%s/%s", sub, f->d_name) >= sizeof p || lstat(p, &st) != 0 ||
          !S_ISREG(st.st_mode))
        continue;
      int64_t m = (int64_t)st.st_mtim.tv_sec * 1000000000ll + st.st_mtim.tv_nsec;
      if (strstr(f->d_name, ".tmp.")) {
        if (m < now - 3600ll * 1000000000ll) unlink(p);
        continue;
      }
      total += (uint64_t)st.st_size;
      array_push(&all, ((Aged){sg_strdup(p), m, (uint64_t)st.st_size}));
    }
    closedir(d);
  }
  closedir(top);
  if (total > SG_CACHE_MAX_BYTES) {
    qsort(all.items, all.len, sizeof(Aged), sg_cache__cmp_aged);
    for (uint32_t i = 0; i < all.len && total > SG_CACHE_MAX_BYTES / 4 * 3; i++)
      if (unlink(all.items[i].path) == 0) total -= all.items[i].size;
  }
  for (uint32_t i = 0; i < all.len; i++) sg_free(all.items[i].path);
  array_free(&all);
}

void sg_cache_close(ResultCache *self) {
  if (!self) return;
  if (atomic_load(&self->writes)) sg_cache__prune(self);
  for (uint32_t i = 0; i < self->memo_cap; i++) sg_free(self->memo[i].path);
  sg_free(self->memo);
  pthread_mutex_destroy(&self->lock);
  sg_free(self->dir);
  sg_free(self->folder);
  sg_free(self->cwd);
  sg_free(self);
}
