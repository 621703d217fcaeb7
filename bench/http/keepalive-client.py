#!/usr/bin/env python3
# Sends N keep-alive GET requests over C connections (one in flight per connection) to
# 127.0.0.1:PORT and waits for every response; exits non-zero on a short or odd response.
import selectors, socket, sys
port, n, c = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
req = b'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'
sel = selectors.DefaultSelector()
sent = done = 0
for _ in range(min(c, n)):
    s = socket.create_connection(('127.0.0.1', port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.sendall(req)
    sent += 1
    sel.register(s, selectors.EVENT_READ, bytearray())
while done < n:
    for key, _ in sel.select():
        s, buf = key.fileobj, key.data
        chunk = s.recv(65536)
        if not chunk:
            sys.exit('connection closed early')
        buf += chunk
        while True:
            end = buf.find(b'\r\n\r\n')
            if end < 0:
                break
            head = bytes(buf[:end]).lower()
            i = head.find(b'content-length:')
            length = int(head[i + 15:].split(b'\r\n', 1)[0])
            if len(buf) < end + 4 + length:
                break
            del buf[:end + 4 + length]
            done += 1
            if sent < n:
                s.sendall(req)
                sent += 1
for key in list(sel.get_map().values()):
    key.fileobj.close()
