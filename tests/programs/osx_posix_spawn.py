# os.posix_spawn / posix_spawnp: exit codes, environment, file actions,
# attributes and argument errors.
import os, sys, tempfile, signal

def run(func, path, argv, env=os.environ, **kw):
    pid = func(path, argv, env, **kw)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

print(run(os.posix_spawn, "/bin/sh", ["sh", "-c", "exit 3"]))
print(run(os.posix_spawnp, "sh", ["sh", "-c", "exit 4"]))
print(run(os.posix_spawn, "/bin/sh", ["sh", "-c", "kill -TERM $$"]) == -signal.SIGTERM)

d = tempfile.mkdtemp(prefix="osx-spawn-")
out = os.path.join(d, "out")
actions = [(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
           (os.POSIX_SPAWN_CLOSE, 0)]
print(run(os.posix_spawn, "/bin/sh", ["sh", "-c", 'echo "$OSX_VAR"; cat <&0 2>/dev/null || echo closed'],
          {"OSX_VAR": "from env", "PATH": "/bin:/usr/bin"}, file_actions=actions))
with open(out) as f:
    print(f.read().split())

with open(out, "w") as f:
    print(run(os.posix_spawn, "/bin/sh", ["sh", "-c", "echo dup2"], file_actions=[(os.POSIX_SPAWN_DUP2, f.fileno(), 1)]))
with open(out) as f:
    print(f.read().strip())

os.environ["OSX_SPAWN_VAR"] = "inherited"
with open(out, "w") as f:
    run(os.posix_spawn, "/bin/sh", ["sh", "-c", 'echo "$OSX_SPAWN_VAR"'], None, file_actions=[(os.POSIX_SPAWN_DUP2, f.fileno(), 1)])
with open(out) as f:
    print(f.read().strip())

print(run(os.posix_spawn, "/bin/sh", ["sh", "-c", "exit 0"], setpgroup=0, resetids=True,
          setsigmask=[signal.SIGUSR1], setsigdef=[signal.SIGUSR2],
          scheduler=(None, os.sched_param(0)), file_actions=None))
print(run(os.posix_spawn, "/bin/sh", ["sh", "-c", "exit 5"], setsid=True, scheduler=(os.SCHED_OTHER, os.sched_param(0))))

try:
    os.posix_spawn("/nonexistent/osx", ["x"], os.environ)
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
try:
    os.posix_spawnp("osx-no-such-program", ["x"], os.environ)
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)

bad = [
    dict(argv=[]), dict(argv=[""]), dict(argv="sh"), dict(env=5),
    dict(file_actions=[None]), dict(file_actions=[()]), dict(file_actions=[(None,)]),
    dict(file_actions=[(12345,)]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE,)]),
    dict(file_actions=[(os.POSIX_SPAWN_CLOSE, 1, 2)]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE, None)]),
    dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, "a\0b", os.O_RDONLY, 0)]),
    dict(setpgroup="0"), dict(setsigmask=34), dict(setsigmask=["j"]), dict(setsigmask=[signal.NSIG]),
    dict(setsigdef=[0]),
]
for kw in bad:
    argv = kw.pop("argv", ["sh", "-c", "exit 0"])
    env = kw.pop("env", os.environ)
    try:
        run(os.posix_spawn, "/bin/sh", argv, env, **kw)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

os.unlink(out)
os.rmdir(d)
