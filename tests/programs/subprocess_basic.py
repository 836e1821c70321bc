# needs: stdlib
# subprocess over _posixsubprocess.fork_exec and posix's pipe/waitpid; os.system and os.popen.
import os
import subprocess

r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(['sh', '-c', 'echo out; echo err >&2'], stderr=subprocess.STDOUT))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'data in\n'), p.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd)
for kw in [{}, {'cwd': '/nonexistent-dir'}]:
    try:
        subprocess.run(['/nonexistent/prog'] if not kw else ['ls'], **kw)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
print(subprocess.run(['sh', '-c', 'exit 3']).returncode)
print(subprocess.run('exit 4', shell=True).returncode)
print(subprocess.run(['sh', '-c', 'kill -TERM $$']).returncode)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['sh', '-c', 'echo x; exit 2'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
print(subprocess.run(['sh', '-c', 'echo $FOO; pwd'], env={'FOO': 'bar'}, cwd='/tmp', capture_output=True, text=True).stdout, end='')
print(subprocess.getoutput('echo a; echo b'), subprocess.getstatusoutput('exit 2'))
print(subprocess.run(['sh', '-c', 'umask'], umask=0o27, capture_output=True).stdout)
print(subprocess.run(['true'], preexec_fn=lambda: None).returncode)
try:
    subprocess.run(['true'], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
print(subprocess.run(['sh', '-c', f'echo via-fd >&{w}'], pass_fds=[w]).returncode)
os.close(w)
print(os.read(r, 100))
os.close(r)
with subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, _ = p.communicate('line\n')
    print(repr(out), p.wait(), p.poll())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
print(os.system('exit 5') >> 8, os.waitstatus_to_exitcode(os.system('true')))
with os.popen('echo popen') as f:
    print(f.read(), end='')
print(os.popen('exit 7').close())
st = 3 << 8
print(os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
