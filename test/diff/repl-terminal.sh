#!/bin/bash
# The REPL on a terminal: a pseudo-terminal drives it with keystrokes (editing keys, history,
# tab completion, multi-line input, .editor, Ctrl+C, history search, Ctrl+D) and a small screen
# model renders what it wrote; the final screen (without the welcome line) and the exit code
# are compared.
set -o pipefail
NODE_REPL_HISTORY= TERM=xterm python3 - "$NODE" <<'PY'
import fcntl, os, pty, select, struct, sys, termios, time

COLS, ROWS = 80, 60

class Screen:
    def __init__(self):
        self.rows = [[' '] * COLS for _ in range(ROWS)]
        self.x = self.y = 0
        self.wrap = False
        self.state = 'text'
        self.seq = ''

    def put(self, ch):
        if self.wrap:
            self.x, self.wrap = 0, False
            self.down()
        self.rows[self.y][self.x] = ch
        if self.x == COLS - 1:
            self.wrap = True
        else:
            self.x += 1

    def down(self):
        if self.y == ROWS - 1:
            self.rows.pop(0)
            self.rows.append([' '] * COLS)
        else:
            self.y += 1

    def csi(self, params, final):
        nums = [int(p) if p.isdigit() else 0 for p in params.split(';')] if params else []
        n = nums[0] if nums and nums[0] else 1
        self.wrap = False
        if final == 'G':
            self.x = min(COLS - 1, n - 1)
        elif final == 'C':
            self.x = min(COLS - 1, self.x + n)
        elif final == 'D':
            self.x = max(0, self.x - n)
        elif final == 'A':
            self.y = max(0, self.y - n)
        elif final == 'B':
            self.y = min(ROWS - 1, self.y + n)
        elif final == 'H':
            self.y = (nums[0] if nums and nums[0] else 1) - 1
            self.x = (nums[1] if len(nums) > 1 and nums[1] else 1) - 1
        elif final == 'J':
            mode = nums[0] if nums else 0
            if mode == 0:
                self.rows[self.y][self.x:] = [' '] * (COLS - self.x)
                for r in range(self.y + 1, ROWS):
                    self.rows[r] = [' '] * COLS
            elif mode == 2:
                self.rows = [[' '] * COLS for _ in range(ROWS)]
        elif final == 'K':
            mode = nums[0] if nums else 0
            if mode == 0:
                self.rows[self.y][self.x:] = [' '] * (COLS - self.x)
            elif mode == 1:
                self.rows[self.y][:self.x + 1] = [' '] * (self.x + 1)
            else:
                self.rows[self.y] = [' '] * COLS

    def feed(self, text):
        for ch in text:
            if self.state == 'esc':
                if ch == '[':
                    self.state, self.seq = 'csi', ''
                else:
                    self.state = 'text'
            elif self.state == 'csi':
                if ch.isdigit() or ch in ';?>=':
                    self.seq += ch
                else:
                    if not self.seq.startswith('?'):
                        self.csi(self.seq, ch)
                    self.state = 'text'
            elif ch == '\x1b':
                self.state = 'esc'
            elif ch == '\r':
                self.x, self.wrap = 0, False
            elif ch == '\n':
                self.wrap = False
                self.down()
            elif ch == '\b':
                self.x, self.wrap = max(0, self.x - 1), False
            elif ch == '\x07':
                pass
            elif ch >= ' ':
                self.put(ch)

    def text(self):
        lines = [''.join(r).rstrip() for r in self.rows]
        while lines and lines[-1] == '':
            lines.pop()
        return lines

pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], [sys.argv[1]])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', ROWS, COLS, 0, 0))
screen = Screen()
decoder = __import__('codecs').getincrementaldecoder('utf-8')('replace')

def pump(quiet=0.4, limit=15.0):
    # Reads until the program has been quiet for `quiet` seconds (or has exited).
    end = time.time() + limit
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        screen.feed(decoder.decode(data))
    return True

def wait_for(text, limit=15.0):
    end = time.time() + limit
    while time.time() < end and not any(text in l for l in screen.text()):
        if not pump(0.1, 1.0):
            break

def wait_gone(text, limit=15.0):
    end = time.time() + limit
    while time.time() < end and any(text in l for l in screen.text()):
        if not pump(0.1, 1.0):
            break

def keys(s):
    os.write(fd, s.encode())
    pump()

wait_for('> ')
pump()
keys('1 + 2\r')
keys("'ab'")
keys('\x1b[D\x1b[D')
keys('X')
keys('\r')
keys('\x1b[A\r')
keys('process.versio')
keys('\t')
keys('\t')
keys('\x15\r')
keys('function f() {\r')
keys('return 41 + 1\r')
keys('}\r')
keys('f()\r')
keys('throw new Error("oops")\r')
keys('abc\x03')
keys('\x03')
keys('.editor\r')
keys('const z = 5\r')
keys('z * 2\x04')
keys('let w = await Promise.resolve(9)\r')
keys('w + 1\r')
# Ctrl+R searches the history backwards as you type (backspace widens it again), Enter takes
# the match; Escape gives the search up.
keys('\x12')
keys('ops')
keys('x')
keys('\x7f')
keys('\r')
keys('\x12')
keys('zzz')
keys('\x1b')
# A lone ESC is a key only once nothing follows it for a moment.
wait_gone('bck-i-search')
keys('"done"\r')
keys('\x04')
pump(0.2, 5.0)
_, status = os.waitpid(pid, 0)
lines = screen.text()
print('\n'.join(lines[1:]))
print('exit', os.waitstatus_to_exitcode(status))
PY
