"""A scriptable HTTP server on 127.0.0.1 for failure cases gandi-emu should not
fake: redirects to another host, a server that never answers, truncated or
empty bodies. Each request is recorded (method, path, headers)."""
import http.server
import socket
import threading
import time


class FakeServer:
    def __init__(self, respond):
        """respond(handler) -> (status, headers dict, body bytes), or None to hang."""
        self.requests = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go out as two writes: without TCP_NODELAY the second
            # waits for the client's delayed ACK, 40 ms a request
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def handle_any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append({"method": self.command, "path": self.path,
                                        "headers": {k.lower(): v for k, v in
                                                    self.headers.items()},
                                        "body": body})
                answer = respond(self)
                if answer is None:
                    time.sleep(30)
                    return
                status, headers, payload = answer
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any

        class Server(http.server.ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                import sys
                if not isinstance(sys.exc_info()[1], ConnectionError):
                    super().handle_error(request, client_address)  # a client gone is no news

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port():
    """A loopback port where nothing listens."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class ReuseDropProxy:
    """A proxy in front of an HTTP server (gandi-emu) that forwards every request, and
    answers only the first request of each client connection: a request that arrives on a
    reused keep-alive connection is forwarded (so it takes effect) and then the connection
    is closed without an answer. This is the moment libcurl resends a request on its own,
    whatever its method, unless it went out on a fresh connection. Each request that
    reached the upstream is recorded as (method, path, request number on its connection)."""

    def __init__(self, upstream):
        import urllib.parse
        u = urllib.parse.urlsplit(upstream)
        self.up_host, self.up_port = u.hostname, u.port
        self.requests = []
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    @staticmethod
    def _read_request(f):
        line = f.readline()
        if not line:
            return None
        headers = []
        length = 0
        while True:
            h = f.readline()
            if h in (b"\r\n", b"\n", b""):
                break
            name, _, value = h.decode("latin-1").partition(":")
            headers.append((name.strip(), value.strip()))
            if name.strip().lower() == "content-length":
                length = int(value)
        body = f.read(length) if length else b""
        method, path, _ = line.decode("latin-1").split(" ", 2)
        return method, path, headers, body

    def _serve(self, conn):
        import http.client
        f = conn.makefile("rb")
        n = 0
        try:
            while True:
                req = self._read_request(f)
                if req is None:
                    return
                n += 1
                method, path, headers, body = req
                up = http.client.HTTPConnection(self.up_host, self.up_port, timeout=30)
                hdrs = {k: v for k, v in headers if k.lower() not in ("connection", "host")}
                up.request(method, path, body=body or None, headers=hdrs)
                resp = up.getresponse()
                payload = resp.read()
                with self.lock:
                    self.requests.append((method, path, n))
                if n > 1:
                    return  # applied, but the answer never comes back
                out = [f"HTTP/1.1 {resp.status} {resp.reason}\r\n".encode()]
                for k, v in resp.getheaders():
                    if k.lower() in ("connection", "transfer-encoding", "content-length"):
                        continue
                    out.append(f"{k}: {v}\r\n".encode("latin-1"))
                out.append(f"Content-Length: {len(payload)}\r\n\r\n".encode())
                conn.sendall(b"".join(out) + payload)
                up.close()
        except (OSError, ValueError):
            return
        finally:
            f.close()
            conn.close()

    def stop(self):
        self.running = False
        self.sock.close()


class FaultProxy:
    """A hostile proxy in front of an HTTP server (gandi-emu). For each request,
    decide(method, path) picks what it does:

      "pass"         forward it and return the answer as it came
      "drop"         forward it (so it takes effect), then close the connection
                     without an answer: the answer is lost after the work was done
      ("after", S)   forward it, then answer status S with a proxy's HTML page
                     (a gateway timeout after the upstream did the work)
      ("before", S)  answer status S with a proxy's HTML page without forwarding it
      ("tamper", f)  forward it and answer f(status, headers, body) -> the same three

    Each request is recorded as (method, path, action name, forwarded)."""

    PAGE = (b"<html><head><title>%d Gateway</title></head><body><center><h1>%d</h1>"
            b"</center><hr><center>nginx</center></body></html>")

    def __init__(self, upstream, decide):
        import urllib.parse
        u = urllib.parse.urlsplit(upstream)
        self.up_host, self.up_port = u.hostname, u.port
        self.decide = decide
        self.requests = []
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _forward(self, method, path, headers, body):
        import http.client
        up = http.client.HTTPConnection(self.up_host, self.up_port, timeout=60)
        try:
            hdrs = {k: v for k, v in headers if k.lower() not in ("connection", "host")}
            up.request(method, path, body=body or None, headers=hdrs)
            resp = up.getresponse()
            return resp.status, resp.reason, resp.getheaders(), resp.read()
        finally:
            up.close()

    @staticmethod
    def _answer(conn, status, reason, headers, payload):
        out = [f"HTTP/1.1 {status} {reason}\r\n".encode()]
        for k, v in headers:
            if k.lower() in ("connection", "transfer-encoding", "content-length"):
                continue
            out.append(f"{k}: {v}\r\n".encode("latin-1"))
        out.append(f"Content-Length: {len(payload)}\r\n\r\n".encode())
        conn.sendall(b"".join(out) + payload)

    def _serve(self, conn):
        f = conn.makefile("rb")
        try:
            while True:
                req = ReuseDropProxy._read_request(f)
                if req is None:
                    return
                method, path, headers, body = req
                action = self.decide(method, path)
                name = action if isinstance(action, str) else action[0]
                forwarded = name != "before"
                with self.lock:
                    self.requests.append((method, path, name, forwarded))
                if name == "before":
                    page = self.PAGE % (action[1], action[1])
                    self._answer(conn, action[1], "Bad Gateway", [("Content-Type", "text/html")],
                                 page)
                    continue
                status, reason, rh, payload = self._forward(method, path, headers, body)
                if name == "drop":
                    return
                if name == "after":
                    page = self.PAGE % (action[1], action[1])
                    self._answer(conn, action[1], "Gateway Timeout",
                                 [("Content-Type", "text/html")], page)
                    continue
                if name == "tamper":
                    status, rh, payload = action[1](status, rh, payload)
                self._answer(conn, status, reason, rh, payload)
        except (OSError, ValueError):
            return
        finally:
            f.close()
            conn.close()

    def stop(self):
        self.running = False
        self.sock.close()
