#!/usr/bin/env python3
"""httpd.py - the web server of tests/fetch.test, on 127.0.0.1 only.

Usage: httpd.py ROOT PORTFILE [CERT KEY]

Serves the files of ROOT on a port the system picks (port 0) and writes
that port into PORTFILE once it listens; with CERT and KEY it speaks TLS.
A few paths behave as the test needs:

  /redirect/N     N redirects: to /redirect/N-1, the last to /page.html
  /loop           a redirect to itself, forever
  /stall          reads the request, then says nothing for a minute
  /big/N          N bytes of HTML, sent without a Content-Length
  /plain.txt etc. files, their type from the name (.txt text/plain,
                  .md text/markdown, .html text/html, .latin1 text/html
                  in ISO-8859-1)
  http://HOST/P   a proxy's request (an absolute URL): answered with ROOT/P,
                  and the host it was meant for logged to ROOT/proxied

Anything else that is not a file is a 404.  Nothing is ever fetched from
anywhere else.
"""
import http.server
import os
import ssl
import sys
import time
import urllib.parse

ROOT = sys.argv[1]
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".latin1": "text/html; charset=ISO-8859-1",
         ".md": "text/markdown; charset=utf-8"}


class Handler(http.server.BaseHTTPRequestHandler):
    """One request, answered by the rules above."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        """Say nothing: the test reads only what tanda says."""

    def send(self, status, body, kind="text/html; charset=utf-8", length=True):
        """Answer with status and body."""
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, where):
        """Answer with a redirect to where."""
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def proxied(self):
        """A proxy's request: the page of its path, the host logged."""
        url = urllib.parse.urlsplit(self.path)
        with open(os.path.join(ROOT, "proxied"), "a") as log:
            log.write(url.netloc + "\n")
        self.path = url.path
        self.serve_file()

    def serve_file(self):
        """A file of ROOT, or a 404."""
        name = os.path.normpath(urllib.parse.unquote(self.path)).lstrip("/")
        path = os.path.join(ROOT, name)
        if name.startswith("..") or not os.path.isfile(path):
            self.send(404, b"<!DOCTYPE html><title>Not found</title><p>No such page.</p>")
            return
        with open(path, "rb") as f:
            body = f.read()
        self.send(200, body, TYPES.get(os.path.splitext(name)[1], "application/octet-stream"))

    def do_GET(self):
        """Route the request."""
        if self.path.startswith("http://"):
            self.proxied()
        elif self.path.startswith("/redirect/"):
            n = int(self.path.rsplit("/", 1)[1])
            self.redirect("/redirect/%d" % (n - 1) if n > 1 else "/page.html")
        elif self.path == "/loop":
            self.redirect("/loop")
        elif self.path == "/stall":
            time.sleep(60)
        elif self.path.startswith("/big/"):
            n = int(self.path.rsplit("/", 1)[1])
            self.send(200, b"<p>" + b"x" * max(n - 3, 0), length=False)
        else:
            self.serve_file()


def main():
    """Listen on 127.0.0.1, say the port, serve until killed."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if len(sys.argv) > 4:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[3], sys.argv[4])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    with open(sys.argv[2] + ".tmp", "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(sys.argv[2] + ".tmp", sys.argv[2])
    server.serve_forever()


if __name__ == "__main__":
    main()
