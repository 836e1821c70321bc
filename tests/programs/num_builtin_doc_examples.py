# The examples in the doc strings of bin, oct, hex, int, zip and the hex /
# ratio / bit methods run under doctest (as test_builtin's doctests do).
import builtins
import doctest

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
names = {"bin", "oct", "hex", "int", "zip"}
found = []
for t in finder.find(builtins):
    short = t.name.partition(".")[2]
    if short in names or short.endswith((".hex", ".fromhex", ".as_integer_ratio", ".bit_count", ".bit_length")):
        if t.examples:
            runner.run(t)
            found.append(short)
res = runner.summarize(verbose=False)
print(sorted(found))
print("failed", res.failed, "attempted>0", res.attempted > 0)
