# while loops with complex conditions, nested break/continue/else and state machines.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 11)])

def find_pair(nums, target):
    i = 0
    while i < len(nums):
        j = i + 1
        while j < len(nums):
            if nums[i] + nums[j] == target:
                break
            j += 1
        else:
            i += 1
            continue
        return i, j
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))

state, out = "start", []
events = iter("aabxbba")
while state != "done":
    ch = next(events, None)
    if ch is None:
        state = "done"
        continue
    if state == "start" and ch == "a":
        state = "seen_a"
    elif state == "seen_a" and ch == "b":
        state = "start"
        out.append("ab")
    elif ch == "x":
        out.append("x")
print(out)

n = 10
while n := n - 3:
    if n < 0:
        print("negative", n)
        break
else:
    print("reached zero")
k = 0
while k < 3:
    k += 1
    try:
        if k == 2:
            continue
    finally:
        print("k", k)
