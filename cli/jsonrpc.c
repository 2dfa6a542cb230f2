#include "cli/jsonrpc.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "parser/alloc.h"

void sg_rpc_reader_init(RpcReader *self, int fd) {
  *self = (RpcReader){.fd = fd, .cap = 65536};
  self->buf = sg_malloc(self->cap);
}

void sg_rpc_reader_free(RpcReader *self) {
  sg_free(self->buf);
  *self = (RpcReader){0};
}

/* Reads more bytes into the buffer (blocking); false at end of input. */
static bool sg_rpc__fill(RpcReader *self) {
  if (self->eof) return false;
  if (self->start > 0 && self->start == self->end) self->start = self->end = 0;
  if (self->end == self->cap) {
    if (self->start > 0) {
      memmove(self->buf, self->buf + self->start, self->end - self->start);
      self->end -= self->start;
      self->start = 0;
    } else {
      self->cap *= 2;
      self->buf = sg_realloc(self->buf, self->cap);
    }
  }
  for (;;) {
    ssize_t n = read(self->fd, self->buf + self->end, self->cap - self->end);
    if (n > 0) {
      self->end += (size_t)n;
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    self->eof = true;
    return false;
  }
}

bool sg_rpc_pending(RpcReader *self) {
  if (self->end > self->start) return true;
  if (self->eof) return false;
  struct pollfd p = {.fd = self->fd, .events = POLLIN};
  return poll(&p, 1, 0) > 0;
}

/* One header line without its CRLF (or LF) into line; false at EOF. A line
 * longer than SG_RPC_MAX_HEADER is cut (the rest is dropped) and *too_long set. */
static bool sg_rpc__line(RpcReader *self, char *line, bool *too_long) {
  size_t n = 0;
  for (;;) {
    while (self->start < self->end) {
      char c = self->buf[self->start++];
      if (c == '\n') {
        if (n > 0 && line[n - 1] == '\r') n--;
        line[n] = '\0';
        return true;
      }
      if (n < SG_RPC_MAX_HEADER - 1) line[n++] = c;
      else *too_long = true;
    }
    if (!sg_rpc__fill(self)) return false;
  }
}

/* Consumes n body bytes into out (NULL: discard); false at EOF. */
static bool sg_rpc__take(RpcReader *self, char *out, size_t n) {
  while (n > 0) {
    if (self->start == self->end && !sg_rpc__fill(self)) return false;
    size_t k = self->end - self->start;
    if (k > n) k = n;
    if (out) {
      memcpy(out, self->buf + self->start, k);
      out += k;
    }
    self->start += k;
    n -= k;
  }
  return true;
}

RpcRead sg_rpc_read(RpcReader *self, char **body, size_t *len) {
  char line[SG_RPC_MAX_HEADER];
  long long length = -1;
  bool bad = false, any = false;
  for (;;) {
    bool too_long = false;
    if (!sg_rpc__line(self, line, &too_long)) return RPC_READ_EOF;
    if (too_long) bad = true;
    if (line[0] == '\0') {
      if (!any) continue;  /* stray blank lines between frames */
      break;
    }
    any = true;
    /* Resynchronise after garbage (a body longer than its Content-Length
     * said, a dropped frame's body): a header that starts mid-line. */
    char *hdr = line;
    for (char *p = line + 1; *p; p++)
      if (strncasecmp(p, "Content-Length:", 15) == 0) {
        hdr = p;
        bad = too_long;  /* a cut line stays a bad frame */
        length = -1;
        fprintf(stderr, "snag server: skipped %zu bytes of garbage before a header\n", (size_t)(p - line));
        break;
      }
    memmove(line, hdr, strlen(hdr) + 1);
    /* ...or on lines of their own: junk lines before the first
     * Content-Length of a block belong to no frame, not to this one */
    if (hdr == line && bad && length < 0 && !too_long && strncasecmp(line, "Content-Length:", 15) == 0) {
      bad = false;
      fprintf(stderr, "snag server: skipped garbage lines before a header\n");
    }
    char *colon = strchr(line, ':');
    if (!colon) {
      bad = true;
      continue;
    }
    *colon = '\0';
    if (strcasecmp(line, "Content-Length") == 0) {
      char *end;
      errno = 0;
      long long v = strtoll(colon + 1, &end, 10);
      while (*end == ' ' || *end == '\t') end++;
      if (errno || *end || v < 0 || end == colon + 1) bad = true;
      else length = v;
    }
  }
  if (bad || length < 0) {
    fprintf(stderr, "snag server: dropped a frame with a malformed header block%s\n",
            length < 0 ? " (no valid Content-Length)" : "");
    /* a valid length still tells where the body ends */
    if (length >= 0 && (unsigned long long)length <= SG_RPC_MAX_BODY) sg_rpc__take(self, NULL, (size_t)length);
    return RPC_READ_BAD_FRAME;
  }
  if ((unsigned long long)length > SG_RPC_MAX_BODY) {
    fprintf(stderr, "snag server: skipped a %lld-byte message (the limit is %u bytes)\n", length,
            SG_RPC_MAX_BODY);
    return sg_rpc__take(self, NULL, (size_t)length) ? RPC_READ_BAD_FRAME : RPC_READ_EOF;
  }
  char *out = sg_malloc((size_t)length + 1);
  if (!sg_rpc__take(self, out, (size_t)length)) {
    sg_free(out);
    return RPC_READ_EOF;
  }
  out[length] = '\0';
  *body = out;
  *len = (size_t)length;
  return RPC_READ_OK;
}

static void sg_rpc__write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, s, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return;  /* the client went away; the read side will see EOF */
    s += k;
    n -= (size_t)k;
  }
}

void sg_rpc_write(int fd, const cJSON *msg) {
  char *text = cJSON_PrintUnformatted(msg);
  if (!text) return;
  size_t n = strlen(text);
  char header[64];
  int h = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", n);
  sg_rpc__write_all(fd, header, (size_t)h);
  sg_rpc__write_all(fd, text, n);
  cJSON_free(text);
}

static cJSON *sg_rpc__base(const cJSON *id) {
  cJSON *msg = cJSON_CreateObject();
  cJSON_AddStringToObject(msg, "jsonrpc", "2.0");
  cJSON_AddItemToObject(msg, "id", id ? cJSON_Duplicate(id, true) : cJSON_CreateNull());
  return msg;
}

cJSON *sg_rpc_result(const cJSON *id, cJSON *result) {
  cJSON *msg = sg_rpc__base(id);
  cJSON_AddItemToObject(msg, "result", result ? result : cJSON_CreateNull());
  return msg;
}

cJSON *sg_rpc_error(const cJSON *id, int code, const char *message) {
  cJSON *msg = sg_rpc__base(id);
  cJSON *err = cJSON_AddObjectToObject(msg, "error");
  cJSON_AddNumberToObject(err, "code", code);
  cJSON_AddStringToObject(err, "message", message);
  return msg;
}

cJSON *sg_rpc_notification(const char *method, cJSON *params) {
  cJSON *msg = cJSON_CreateObject();
  cJSON_AddStringToObject(msg, "jsonrpc", "2.0");
  cJSON_AddStringToObject(msg, "method", method);
  if (params) cJSON_AddItemToObject(msg, "params", params);
  return msg;
}

cJSON *sg_rpc_request(int id, const char *method, cJSON *params) {
  cJSON *msg = sg_rpc_notification(method, params);
  cJSON_AddNumberToObject(msg, "id", id);
  return msg;
}
