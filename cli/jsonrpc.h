/* JSON-RPC 2.0 over a byte stream with LSP's base protocol framing:
 *
 *   Content-Length: N\r\n
 *   (other headers, ignored)\r\n
 *   \r\n
 *   <N bytes of UTF-8 JSON>
 *
 * The reader never trusts its peer: header lines are bounded, a body larger
 * than SG_RPC_MAX_BODY is skipped, a header block without a usable
 * Content-Length is dropped, and each problem is logged to stderr (the
 * client's output channel) while reading goes on with the next frame. */
#ifndef SG_JSONRPC_H
#define SG_JSONRPC_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#define SG_RPC_MAX_BODY (64u * 1024u * 1024u)
#define SG_RPC_MAX_HEADER 8192u

/* JSON-RPC and LSP error codes. */
enum {
  RPC_PARSE_ERROR = -32700,
  RPC_INVALID_REQUEST = -32600,
  RPC_METHOD_NOT_FOUND = -32601,
  RPC_INVALID_PARAMS = -32602,
  RPC_INTERNAL_ERROR = -32603,
  RPC_SERVER_NOT_INITIALIZED = -32002,
  RPC_REQUEST_CANCELLED = -32800,
};

typedef struct RpcReader {
  int fd;
  char *buf;
  size_t start, end, cap;
  bool eof;
} RpcReader;

typedef enum RpcRead { RPC_READ_OK, RPC_READ_EOF, RPC_READ_BAD_FRAME } RpcRead;

void sg_rpc_reader_init(RpcReader *self, int fd);
void sg_rpc_reader_free(RpcReader *self);

/* Reads the next frame's body (NUL-terminated, sg_free it). Blocks until a
 * whole frame has arrived. BAD_FRAME: a malformed frame was skipped (and
 * logged); call again. */
RpcRead sg_rpc_read(RpcReader *self, char **body, size_t *len);

/* Is a frame (or part of one) ready without blocking? */
bool sg_rpc_pending(RpcReader *self);

/* Writes one message (takes no ownership of msg). */
void sg_rpc_write(int fd, const cJSON *msg);

/* Builders: a response with result (ownership taken; NULL means JSON null),
 * an error response, a notification or request (params ownership taken).
 * id may be NULL (JSON null). Each returns a new object to write and free. */
cJSON *sg_rpc_result(const cJSON *id, cJSON *result);
cJSON *sg_rpc_error(const cJSON *id, int code, const char *message);
cJSON *sg_rpc_notification(const char *method, cJSON *params);
cJSON *sg_rpc_request(int id, const char *method, cJSON *params);

#endif
