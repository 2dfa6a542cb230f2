#include "parser/source.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parser/alloc.h"
#include "parser/notebook.h"

static Source *sg_source__new(const char *path) {
  Source *self = sg_calloc(1, sizeof(Source));
  self->path = sg_strdup(path);
  return self;
}

static void sg_source__fail(Source *self, SourceStatus status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void sg_source__fail(Source *self, SourceStatus status, const char *fmt, ...) {
  self->status = status;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(self->message, sizeof self->message, fmt, ap);
  va_end(ap);
  sg_free(self->text);
  self->text = sg_strdup("");
  self->len = 0;
}

size_t sg_utf8_valid_prefix(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { i++; continue; }
    size_t need;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
    else return i;
    if (i + need >= n) return i;  /* truncated sequence */
    for (size_t k = 1; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    /* overlong, surrogate, or beyond U+10FFFF */
    if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += need + 1;
  }
  return n;
}

char *sg_utf8_sanitize(const char *s) {
  size_t n = strlen(s), k = 0;
  char *out = sg_malloc(n * 3 + 1);
  const unsigned char *u = (const unsigned char *)s;
  while (n) {
    size_t ok = sg_utf8_valid_prefix(u, n);
    memcpy(out + k, u, ok);
    k += ok;
    u += ok;
    n -= ok;
    if (n) {
      memcpy(out + k, "\xEF\xBF\xBD", 3);
      k += 3;
      u++;
      n--;
    }
  }
  out[k] = '\0';
  return out;
}

#define SG_SOURCE__MARK 1024u

static void sg_source__index_lines(Source *self) {
  uint32_t count = 1;
  for (uint32_t i = 0; i < self->len; i++) count += self->text[i] == '\n';
  self->line_starts = sg_malloc(sizeof(uint32_t) * count);
  self->line_starts[0] = 0;
  uint32_t k = 1;
  for (uint32_t i = 0; i < self->len; i++)
    if (self->text[i] == '\n') self->line_starts[k++] = i + 1;
  self->line_count = count;
  /* Columns in code points or UTF-16 units: counted from the nearest mark,
   * not from the line's start (a long line's findings stay linear). */
  sg_free(self->unit_marks);
  self->unit_marks = NULL;
  uint32_t i = 0;
  while (i < self->len && (unsigned char)self->text[i] < 0x80) i++;
  if (i == self->len) return;
  uint32_t blocks = self->len / SG_SOURCE__MARK + 1, chars = 0, units = 0;
  self->unit_marks = sg_malloc(sizeof(uint32_t) * 2 * blocks);
  for (uint32_t b = 0; b < blocks; b++) {
    self->unit_marks[2 * b] = chars;
    self->unit_marks[2 * b + 1] = units;
    uint32_t end = b * SG_SOURCE__MARK + SG_SOURCE__MARK < self->len ? b * SG_SOURCE__MARK + SG_SOURCE__MARK : self->len;
    for (uint32_t at = b * SG_SOURCE__MARK; at < end; at++) {
      unsigned char c = (unsigned char)self->text[at];
      if ((c & 0xC0) == 0x80) continue;
      chars++;
      units += c >= 0xF0 ? 2 : 1;
    }
  }
}

/* PEP 263: the encoding a coding declaration (`# -*- coding: NAME -*-`,
 * regex `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`) names on line 1, or on
 * line 2 when line 1 is blank or a comment. False when there is none. */
static bool sg_source__coding(const char *s, size_t len, char *name, size_t cap) {
  size_t at = 0;
  for (int line = 0; line < 2 && at < len; line++) {
    size_t end = at;
    while (end < len && s[end] != '\n' && s[end] != '\r') end++;
    size_t i = at;
    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
    if (i < end && s[i] == '#') {
      for (size_t k = i + 1; k + 7 <= end; k++) {
        if (memcmp(s + k, "coding", 6) != 0 || (s[k + 6] != ':' && s[k + 6] != '=')) continue;
        size_t v = k + 7, n = 0;
        while (v < end && (s[v] == ' ' || s[v] == '\t')) v++;
        while (v + n < end && n + 1 < cap &&
               ((s[v + n] >= 'a' && s[v + n] <= 'z') || (s[v + n] >= 'A' && s[v + n] <= 'Z') ||
                (s[v + n] >= '0' && s[v + n] <= '9') || s[v + n] == '-' || s[v + n] == '_' ||
                s[v + n] == '.'))
          n++;
        if (n == 0) continue;
        memcpy(name, s + v, n);
        name[n] = '\0';
        return true;
      }
    } else if (i < end) {
      return false;  /* line 1 is code: line 2 is not looked at */
    }
    at = end + (end < len && s[end] == '\r' && end + 1 < len && s[end + 1] == '\n' ? 2 : 1);
  }
  return false;
}

/* CPython's normalisation of the declared name (tokenizer get_normal_name):
 * the UTF-8 and Latin-1 spellings. True for UTF-8. */
static bool sg_source__utf8_name(char *name) {
  char low[16];
  size_t n = 0;
  for (; name[n] && n < sizeof low - 1; n++) {
    char c = name[n];
    low[n] = c == '_' ? '-' : (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
  }
  low[n] = '\0';
  bool whole = name[n] == '\0';
  if (!strcmp(low, "utf-8") || !strncmp(low, "utf-8-", 6)) return true;
  static const char *const latin1[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
  for (size_t k = 0; k < 3; k++) {
    size_t m = strlen(latin1[k]);
    if ((whole && !strcmp(low, latin1[k])) || (!strncmp(low, latin1[k], m) && low[m] == '-')) {
      strcpy(name, "iso-8859-1");
      break;
    }
  }
  return false;
}

/* An iconv converter from the declared encoding to UTF-8: the name as
 * written, with `_` as `-`, without `-`/`_` (latin1), or a Python alias. */
static iconv_t sg_source__iconv(const char *name) {
  char alt[64];
  size_t n = strlen(name);
  if (n >= sizeof alt) return (iconv_t)-1;
  iconv_t cd = iconv_open("UTF-8", name);
  if (cd != (iconv_t)-1) return cd;
  for (size_t i = 0; i <= n; i++) alt[i] = name[i] == '_' ? '-' : name[i];
  if ((cd = iconv_open("UTF-8", alt)) != (iconv_t)-1) return cd;
  size_t k = 0;
  for (size_t i = 0; i <= n; i++)
    if (name[i] != '-' && name[i] != '_') alt[k++] = name[i];
  if ((cd = iconv_open("UTF-8", alt)) != (iconv_t)-1) return cd;
  static const char *const alias[][2] = {
    {"latin", "ISO-8859-1"}, {"macroman", "MACINTOSH"}, {"maclatin2", "MAC-CENTRALEUROPE"},
    {"u8", "UTF-8"}, {"utf", "UTF-8"},
  };
  for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
    if (!strcasecmp(alt, alias[i][0])) return iconv_open("UTF-8", alias[i][1]);
  return (iconv_t)-1;
}

/* Decodes buf (len bytes) from the declared encoding into UTF-8: the new
 * buffer (sg_malloc, NUL-terminated) or NULL with self failed. */
static char *sg_source__decode(Source *self, const char *buf, size_t len, const char *name) {
  iconv_t cd = sg_source__iconv(name);
  if (cd == (iconv_t)-1) {
    sg_source__fail(self, SOURCE_BAD_ENCODING,
                    "unknown encoding '%s' in coding declaration; Python rejects the file "
                    "(SyntaxError)", name);
    return NULL;
  }
  size_t cap = len * 2 + 16, out_len = 0;
  char *out = sg_malloc(cap + 1);
  char *in = (char *)buf;
  size_t in_left = len;
  for (;;) {
    char *dst = out + out_len;
    size_t dst_left = cap - out_len;
    size_t r = iconv(cd, in_left ? &in : NULL, in_left ? &in_left : NULL, &dst, &dst_left);
    out_len = (size_t)(dst - out);
    if (r != (size_t)-1 && in_left == 0) {
      /* flush a stateful encoding's shift sequence */
      dst = out + out_len;
      dst_left = cap - out_len;
      if (iconv(cd, NULL, NULL, &dst, &dst_left) != (size_t)-1) {
        out_len = (size_t)(dst - out);
        break;
      }
    }
    if (errno == E2BIG || (r != (size_t)-1 && in_left)) {
      cap *= 2;
      out = sg_realloc(out, cap + 1);
      continue;
    }
    unsigned long line = 1;
    for (const char *p = buf; p < in; p++) line += *p == '\n';
    sg_source__fail(self, SOURCE_BAD_ENCODING,
                    "file is not valid %s, its declared encoding (first bad byte on line %lu); "
                    "Python rejects it (SyntaxError)", name, line);
    sg_free(out);
    iconv_close(cd);
    return NULL;
  }
  iconv_close(cd);
  if (out_len > UINT32_MAX - 1) {
    sg_source__fail(self, SOURCE_TOO_LARGE, "file is larger than the size limit once decoded");
    sg_free(out);
    return NULL;
  }
  out[out_len] = '\0';
  self->len = (uint32_t)out_len;
  return out;
}

/* Takes ownership of buf (len bytes, one spare byte for the NUL). */
static Source *sg_source__check(Source *self, char *buf, size_t len,
                                size_t max_bytes, bool decode) {
  self->text = buf;
  buf[len] = '\0';
  if (len > max_bytes) {
    sg_source__fail(self, SOURCE_TOO_LARGE,
                    "file is larger than the size limit (%lu bytes)",
                    (unsigned long)max_bytes);
  } else if (len >= 2 && (((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE) ||
                          ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF))) {
    sg_source__fail(self, SOURCE_NOT_UTF8,
                    "file is UTF-16 encoded; Python reads source as UTF-8 or an "
                    "ASCII-compatible encoding a coding declaration names");
  } else if (memchr(buf, '\0', len)) {
    const char *nul = memchr(buf, '\0', len);
    sg_source__fail(self, SOURCE_BINARY,
                    "binary file (NUL byte at offset %lu); not Python source",
                    (unsigned long)(nul - buf));
  } else {
    size_t skip = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
      skip = 3;
      self->had_bom = true;
    }
    char name[sizeof self->encoding];
    bool declared = decode && sg_source_declared_encoding(buf, len, name, sizeof name);
    if (declared && skip) {
      sg_source__fail(self, SOURCE_BAD_ENCODING,
                      "encoding problem: '%s' declared in a file with a UTF-8 BOM; Python "
                      "rejects it (SyntaxError)", name);
    } else if (declared) {
      char *decoded = sg_source__decode(self, buf, len, name);
      if (decoded) {
        sg_free(buf);
        self->text = buf = decoded;
        len = self->len;
        strcpy(self->encoding, name);
      }
    }
    size_t ok = self->status != SOURCE_OK ? len - skip
                : sg_utf8_valid_prefix((const unsigned char *)buf + skip, len - skip);
    if (ok != len - skip) {
      unsigned long line = 1;
      for (size_t i = skip; i < skip + ok; i++) line += buf[i] == '\n';
      sg_source__fail(self, SOURCE_NOT_UTF8,
                      "file is not valid UTF-8 (first bad byte on line %lu) and declares no other "
                      "encoding (PEP 263); Python rejects it (SyntaxError)", line);
    } else if (skip && self->status == SOURCE_OK) {
      memmove(buf, buf + skip, len - skip + 1);
      len -= skip;
    }
    /* A lone CR ends a line for Python but not for tree-sitter: make it LF
     * (same length, so byte offsets are unchanged). */
    for (size_t i = 0; self->status == SOURCE_OK && i < len; i++)
      if (buf[i] == '\r' && (i + 1 == len || buf[i + 1] != '\n')) buf[i] = '\n';
  }
  if (self->status == SOURCE_OK) self->len = (uint32_t)len;
  sg_source__index_lines(self);
  return self;
}

static Source *sg_source__copy(const char *path, const char *bytes, size_t len,
                               size_t max_bytes, bool decode) {
  Source *self = sg_source__new(path);
  if (len > UINT32_MAX - 1) len = UINT32_MAX - 1;
  char *buf = sg_malloc(len + 1);
  memcpy(buf, bytes, len);
  return sg_source__check(self, buf, len, max_bytes, decode);
}

Source *sg_source_from_bytes(const char *path, const char *bytes, size_t len,
                             size_t max_bytes) {
  if (sg_notebook_is_path(path)) return sg_notebook_source(path, bytes, len, max_bytes);
  return sg_source__copy(path, bytes, len, max_bytes, true);
}

Source *sg_source_from_utf8(const char *path, const char *bytes, size_t len,
                            size_t max_bytes) {
  return sg_source__copy(path, bytes, len, max_bytes, false);
}

bool sg_source_declared_encoding(const char *bytes, size_t len, char *name, size_t cap) {
  size_t skip = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  return sg_source__coding(bytes + skip, len - skip, name, cap) && !sg_source__utf8_name(name);
}

/* Reads a regular file of at most `limit` bytes (more: the size in
 * *len, NULL returned, status SOURCE_TOO_LARGE). A FIFO, device or
 * directory is refused, never waited on. On failure: NULL, and why in
 * msg. */
static char *sg_source__slurp(const char *path, size_t limit, size_t *len, SourceStatus *status, char *msg,
                              size_t cap) {
  *len = 0;
  *status = SOURCE_IO_ERROR;
  /* O_NONBLOCK: a FIFO must be refused below, not waited on in open() */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    int err = errno;
    if (fd >= 0) close(fd);
    snprintf(msg, cap, "cannot read file: %s", strerror(err));
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    snprintf(msg, cap, "not a regular file (%s): not read",
             S_ISFIFO(st.st_mode) ? "a FIFO" : S_ISDIR(st.st_mode) ? "a directory"
             : S_ISSOCK(st.st_mode) ? "a socket" : "a device");
    return NULL;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  if ((uint64_t)st.st_size > limit) {
    close(fd);
    *status = SOURCE_TOO_LARGE;
    msg[0] = '\0';
    return NULL;
  }
  size_t size = (size_t)st.st_size + 1, got = 0;
  char *buf = sg_malloc(size + 1);
  for (;;) {
    if (got == size) {
      if (size > limit) break;  /* grew while we read: the caller's check rejects */
      size *= 2;
      buf = sg_realloc(buf, size + 1);
    }
    ssize_t n = read(fd, buf + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      sg_free(buf);
      snprintf(msg, cap, "cannot read file: %s", strerror(err));
      return NULL;
    }
    if (n == 0) break;
    got += (size_t)n;
  }
  close(fd);
  buf[got] = '\0';
  *len = got;
  *status = SOURCE_OK;
  return buf;
}

char *sg_source_read_bytes(const char *path, size_t max_bytes, size_t *len) {
  SourceStatus status;
  char msg[8];
  char *buf = sg_source__slurp(path, max_bytes, len, &status, msg, sizeof msg);
  if (buf && *len > max_bytes) {
    sg_free(buf);
    buf = NULL;
  }
  return buf;
}

Source *sg_source_read(const char *path, size_t max_bytes) {
  Source *self = sg_source__new(path);
  bool notebook = sg_notebook_is_path(path);
  size_t file_max = max_bytes;  /* a notebook's outputs may be large: its code is limited */
  if (notebook) file_max = max_bytes > SIZE_MAX / SG_NOTEBOOK_FILE_FACTOR ? SIZE_MAX : max_bytes * SG_NOTEBOOK_FILE_FACTOR;
  size_t len;
  SourceStatus status;
  char msg[300];
  char *buf = sg_source__slurp(path, file_max, &len, &status, msg, sizeof msg);
  if (!buf) {
    self->text = NULL;
    if (status == SOURCE_TOO_LARGE)
      sg_source__fail(self, SOURCE_TOO_LARGE, "%s is larger than the size limit (%lu bytes)",
                      notebook ? "notebook" : "file", (unsigned long)file_max);
    else
      sg_source__fail(self, SOURCE_IO_ERROR, "%s", msg);
    sg_source__index_lines(self);
    return self;
  }
  if (notebook) {
    Source *nb = sg_notebook_source(path, buf, len, max_bytes);
    sg_free(buf);
    sg_source_delete(self);
    return nb;
  }
  return sg_source__check(self, buf, len, max_bytes, true);
}

void sg_source_delete(Source *self) {
  if (!self) return;
  sg_free(self->path);
  sg_free(self->text);
  sg_free(self->line_starts);
  sg_free(self->unit_marks);
  sg_cell_map_delete(self->cells);
  sg_free(self);
}

uint32_t sg_source_line_of(const Source *self, uint32_t byte) {
  uint32_t lo = 0, hi = self->line_count;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (self->line_starts[mid] <= byte) lo = mid; else hi = mid;
  }
  return lo;
}

const char *sg_source_line(const Source *self, uint32_t line, uint32_t *len) {
  if (line >= self->line_count) { *len = 0; return self->text + self->len; }
  uint32_t start = self->line_starts[line];
  uint32_t end = line + 1 < self->line_count ? self->line_starts[line + 1] - 1 : self->len;
  if (end > start && self->text[end - 1] == '\r') end--;
  *len = end - start;
  return self->text + start;
}

/* Width of the character starting with lead byte c, in the given unit. */
static uint32_t sg_source__width(unsigned char c, SourceUnit unit) {
  if (unit == SOURCE_UNIT_BYTE) return 1;
  if ((c & 0xC0) == 0x80) return 0;               /* continuation byte */
  if (unit == SOURCE_UNIT_UTF16 && c >= 0xF0) return 2;  /* surrogate pair */
  return 1;
}

/* Code points (or UTF-16 units) in text before byte. */
static uint32_t sg_source__units(const Source *self, uint32_t byte, SourceUnit unit) {
  uint32_t b = byte / SG_SOURCE__MARK, n = self->unit_marks[2 * b + (unit == SOURCE_UNIT_UTF16)];
  for (uint32_t i = b * SG_SOURCE__MARK; i < byte; i++) n += sg_source__width((unsigned char)self->text[i], unit);
  return n;
}

SourcePos sg_source_pos(const Source *self, uint32_t byte, SourceUnit unit) {
  if (byte > self->len) byte = self->len;
  SourcePos pos = {sg_source_line_of(self, byte), 0};
  uint32_t start = self->line_starts[pos.line];
  if (unit == SOURCE_UNIT_BYTE || !self->unit_marks) { pos.col = byte - start; return pos; }
  if (byte - start > SG_SOURCE__MARK) {
    pos.col = sg_source__units(self, byte, unit) - sg_source__units(self, start, unit);
    return pos;
  }
  for (uint32_t i = start; i < byte; i++)
    pos.col += sg_source__width((unsigned char)self->text[i], unit);
  return pos;
}

uint32_t sg_source_offset(const Source *self, SourcePos pos, SourceUnit unit) {
  if (pos.line >= self->line_count) return self->len;
  uint32_t len;
  const char *line = sg_source_line(self, pos.line, &len);
  uint32_t start = (uint32_t)(line - self->text), i = 0, col = 0;
  if (unit == SOURCE_UNIT_BYTE) return start + (pos.col < len ? pos.col : len);
  while (i < len && col < pos.col) {
    col += sg_source__width((unsigned char)line[i], unit);
    i++;
    while (i < len && ((unsigned char)line[i] & 0xC0) == 0x80) i++;
  }
  return start + i;
}
