# needs: stdlib
# A process started with SIGINT ignored (a shell's background job, nohup)
# keeps it ignored: no default_int_handler, no KeyboardInterrupt.
import signal
import subprocess
import sys

child = "import signal; print(signal.getsignal(signal.SIGINT)); signal.raise_signal(signal.SIGINT); print('still running')"
for ignore in (True, False):
    pre = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignore else None
    r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, preexec_fn=pre)
    print("ignored" if ignore else "default", r.returncode, r.stdout.split("\n"), r.stderr.strip().splitlines()[-1:])
