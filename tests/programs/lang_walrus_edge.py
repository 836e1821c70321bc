# needs: stdlib
# Assignment expressions in loops, comprehensions, conditionals and function calls.
import re
data = ["a=1", "bad", "b=22", "c=x"]
parsed = {m[1]: int(m[2]) for s in data if (m := re.fullmatch(r"(\w)=(\d+)", s))}
print(parsed)
values = [3, 8, 1, 9]
if (n := len(values)) > 3 and (top := max(values)) > 5:
    print(n, top)
total = 0
print([total := total + v for v in values], total)
print([(y := x * 2, y + 1) for x in range(3)])
def f(x):
    return (z := x + 1) * z
print(f(3))
stack = [1, 2, 3]
while (item := stack.pop() if stack else None) is not None:
    print("popped", item)
print((a := 5, b := a * 2), a, b)
print([p for x in range(10) if (p := x * x) % 3 == 0])
print(any((hit := v) > 5 for v in values), hit)
print(all((miss := v) < 9 for v in values), miss)
