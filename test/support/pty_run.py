"""Runs a command with a pseudo-terminal as its stdin, stdout and stderr, and prints what it wrote.

The command line draws a live progress line and colours only on a terminal; node has no way to open
one, so the tests ask Python's pty module. Exits with the command's exit code.
"""
import os
import pty
import sys

pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
out = b''
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:  # EIO once the child has closed the terminal
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
