#include "parser/source.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parser/alloc.h"

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

static void sg_source__index_lines(Source *self) {
  uint32_t count = 1;
  for (uint32_t i = 0; i < self->len; i++) count += self->text[i] == '\n';
  self->line_starts = sg_malloc(sizeof(uint32_t) * count);
  self->line_starts[0] = 0;
  uint32_t k = 1;
  for (uint32_t i = 0; i < self->len; i++)
    if (self->text[i] == '\n') self->line_starts[k++] = i + 1;
  self->line_count = count;
}

/* Takes ownership of buf (len bytes, one spare byte for the NUL). */
static Source *sg_source__check(Source *self, char *buf, size_t len,
                                size_t max_bytes) {
  self->text = buf;
  buf[len] = '\0';
  if (len > max_bytes) {
    sg_source__fail(self, SOURCE_TOO_LARGE,
                    "file is larger than the size limit (%lu bytes)",
                    (unsigned long)max_bytes);
  } else if (len >= 2 && (((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE) ||
                          ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF))) {
    sg_source__fail(self, SOURCE_NOT_UTF8,
                    "file is UTF-16 encoded; snag reads UTF-8 only");
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
    size_t ok = sg_utf8_valid_prefix((const unsigned char *)buf + skip, len - skip);
    if (ok != len - skip) {
      unsigned long line = 1;
      for (size_t i = skip; i < skip + ok; i++) line += buf[i] == '\n';
      sg_source__fail(self, SOURCE_NOT_UTF8,
                      "file is not valid UTF-8 (first bad byte on line %lu); "
                      "snag reads UTF-8 only", line);
    } else if (skip) {
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

Source *sg_source_from_bytes(const char *path, const char *bytes, size_t len,
                             size_t max_bytes) {
  Source *self = sg_source__new(path);
  if (len > UINT32_MAX - 1) len = UINT32_MAX - 1;
  char *buf = sg_malloc(len + 1);
  memcpy(buf, bytes, len);
  return sg_source__check(self, buf, len, max_bytes);
}

Source *sg_source_read(const char *path, size_t max_bytes) {
  Source *self = sg_source__new(path);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    int err = errno;
    if (fd >= 0) close(fd);
    sg_source__fail(self, SOURCE_IO_ERROR, "cannot read file: %s", strerror(err));
    sg_source__index_lines(self);
    return self;
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    sg_source__fail(self, SOURCE_IO_ERROR, "not a regular file");
    sg_source__index_lines(self);
    return self;
  }
  if ((uint64_t)st.st_size > max_bytes) {
    close(fd);
    self->text = NULL;
    sg_source__fail(self, SOURCE_TOO_LARGE,
                    "file is larger than the size limit (%lu bytes)",
                    (unsigned long)max_bytes);
    sg_source__index_lines(self);
    return self;
  }
  size_t cap = (size_t)st.st_size + 1, len = 0;
  char *buf = sg_malloc(cap + 1);
  for (;;) {
    if (len == cap) {
      if (cap > max_bytes) break;  /* grew while we read: check() rejects */
      cap *= 2;
      buf = sg_realloc(buf, cap + 1);
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      sg_free(buf);
      sg_source__fail(self, SOURCE_IO_ERROR, "cannot read file: %s", strerror(err));
      sg_source__index_lines(self);
      return self;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  close(fd);
  return sg_source__check(self, buf, len, max_bytes);
}

void sg_source_delete(Source *self) {
  if (!self) return;
  sg_free(self->path);
  sg_free(self->text);
  sg_free(self->line_starts);
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

SourcePos sg_source_pos(const Source *self, uint32_t byte, SourceUnit unit) {
  if (byte > self->len) byte = self->len;
  SourcePos pos = {sg_source_line_of(self, byte), 0};
  uint32_t start = self->line_starts[pos.line];
  if (unit == SOURCE_UNIT_BYTE) { pos.col = byte - start; return pos; }
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
