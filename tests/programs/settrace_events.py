# sys.settrace/setprofile: call, line, return and exception events, f_trace and f_trace_lines.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def add(a, b):
    c = a + b
    return c
def gen():
    yield 1
    yield 2
def boom():
    raise ValueError('x')
def loop():
    t = 0
    for i in range(2):
        t += i
    return t
sys.settrace(tracer)
print(sys.gettrace() is tracer)
add(1, 2)
list(gen())
try:
    boom()
except ValueError:
    pass
loop()
sys.settrace(None)
for e in events:
    print(e if e[0] != 'exception' else (e[0], e[1], e[2]))
prof = []
def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        if event in ('call', 'return'): prof.append((event, frame.f_code.co_name))
sys.setprofile(profiler)
add(3, 4)
sys.setprofile(None)
print(prof, sys.getprofile())
def local_only(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'add':
        frame.f_trace_lines = False
        return local_only
    return None
events.clear()
def rec(frame, event, arg):
    events.append(event)
    return rec
def sub():
    sys._getframe().f_trace = rec
    x = 1
    return x
sys.settrace(lambda *a: None)
sub()
sys.settrace(None)
print(events)
