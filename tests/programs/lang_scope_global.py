# global statement: reading and rebinding module names from functions.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

def make_new():
    global fresh_name
    fresh_name = "created"

print(bump(), bump(), read_only())
make_new()
print(fresh_name)

def shadow():
    counter = 100
    return counter

print(shadow(), counter)

def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
    return counter

print(nested_global(), counter)

def del_global():
    global fresh_name
    del fresh_name

del_global()
print("fresh_name" in globals())

# global in a class body
class C:
    global counter
    counter = 42
    x = counter
print(counter, C.x, hasattr(C, "counter"))

# global declared for a name only used in a loop target
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print(idx)
