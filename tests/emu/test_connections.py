"""Connections: one client cannot starve the others. Each client address gets
at most --client-connections connections, an idle one is closed after
--idle-timeout, and no connection holds a thread (not even under --latency),
so 5,000 half-open connections from one address leave others served."""
import http.client
import os
import resource
import select
import socket
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import auth_header, wait_until  # noqa: E402

PARTIAL = b"GET /v5/domain/domains HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bea"


def address(e):
    u = urllib.parse.urlsplit(e.url)
    return u.hostname, u.port


def half_open(e, n, source="127.0.0.1"):
    """n connections from source, each sent the start of a request and no more."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < n + 200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, n + 200), hard))
    socks = []
    for _ in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.bind((source, 0))
        s.connect_ex(address(e))
        socks.append(s)
    poller = select.poll()
    by_fd = {s.fileno(): s for s in socks}
    for fd in by_fd:
        poller.register(fd, select.POLLOUT)
    while by_fd:
        ready = poller.poll(5000)
        if not ready:
            break
        for fd, _ in ready:
            try:
                by_fd[fd].send(PARTIAL)
            except OSError:
                pass
            poller.unregister(fd)
            del by_fd[fd]
    return socks


def get_from(e, source, timeout=10):
    """A whole GET from source address; its status, or the exception's name."""
    conn = http.client.HTTPConnection(*address(e), timeout=timeout, source_address=(source, 0))
    try:
        conn.request("GET", "/v5/domain/domains", headers={"Authorization": auth_header("all")})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    except (OSError, http.client.HTTPException) as ex:
        return type(ex).__name__
    finally:
        conn.close()


def closed_by_server(s):
    try:
        s.setblocking(False)
        return s.recv(1) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def check_no_starvation(t, e):
    socks = half_open(e, 5000)
    try:
        t.eq(get_from(e, "127.0.0.2"), 200, "another client is served")
        t.eq(get_from(e, "127.0.0.3"), 200, "and a third")
        refused = get_from(e, "127.0.0.1", timeout=3)
        assert refused != 200, "the flooding address is over its connection limit"
        assert wait_until(lambda: get_from(e, "127.0.0.1", timeout=3) == 200, 15), \
            "the flooding address is served again once its idle connections are closed"
        alive = [s for s in socks if not closed_by_server(s)]
        assert len(alive) <= 128, f"{len(alive)} connections of one address still open"
    finally:
        for s in socks:
            s.close()


def test_half_open_connections_of_one_client_do_not_starve_others(t):
    e = t.emu("--idle-timeout", "5", "--rate-limit", "0")
    check_no_starvation(t, e)


def test_under_latency_no_connection_holds_a_thread(t):
    e = t.emu("--idle-timeout", "5", "--rate-limit", "0", "--latency", "100",
              "--threads", "2")
    check_no_starvation(t, e)


def test_the_per_client_limit_and_the_idle_timeout(t):
    e = t.emu("--client-connections", "5", "--idle-timeout", "3", "--rate-limit", "0")
    socks = half_open(e, 5)
    try:
        assert get_from(e, "127.0.0.1", timeout=3) != 200, "a sixth connection is refused"
        t.eq(get_from(e, "127.0.0.2"), 200, "another address is not limited")
        assert wait_until(lambda: all(closed_by_server(s) for s in socks), 10), \
            "idle connections are closed after --idle-timeout"
        t.eq(get_from(e, "127.0.0.1"), 200, "then the address is served again")
    finally:
        for s in socks:
            s.close()
