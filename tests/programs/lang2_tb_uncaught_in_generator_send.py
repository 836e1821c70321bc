# Uncaught exception raised inside a generator resumed by send().
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value

acc = accumulator()
next(acc)
print(acc.send(5))
acc.send("oops")
