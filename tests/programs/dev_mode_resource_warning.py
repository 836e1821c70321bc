# -X dev / PYTHONDEVMODE: sys.flags.dev_mode, a "default" warning option
# first, and so the ResourceWarning of a file dropped open is shown;
# -W default shows it too, the default filters do not.
import os
import subprocess
import sys

child = '''
import sys
print(sys.flags.dev_mode, sys.warnoptions)
def f():
    open(sys.executable, 'rb')
f()
'''
env = dict(os.environ)
env.pop('PYTHONDEVMODE', None)
for opts, extra in [(['-X', 'dev'], {}), ([], {'PYTHONDEVMODE': '1'}), (['-E'], {'PYTHONDEVMODE': '1'}),
                    (['-W', 'default'], {}), ([], {}), (['-X', 'dev', '-W', 'error'], {})]:
    r = subprocess.run([sys.executable, *opts, '-c', child], env=dict(env, **extra),
                       capture_output=True, text=True)
    warned = [l.split(': ', 1)[1].split(' <')[0] for l in r.stderr.splitlines() if 'ResourceWarning: unclosed' in l]
    print(opts, extra, r.returncode, r.stdout.strip(), warned[:1])
