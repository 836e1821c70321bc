import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(1.5, 0.5), 3)), repr(it.count(3)), repr(it.count(1, 2)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat(7, 3)), repr(it.repeat('x', 2)))
print(list(it.accumulate([1,2,3,4])), list(it.accumulate([1,2,3], lambda a, b: a*b, initial=10)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.compress('abcdef', [1,0,1,0,1,1])), list(it.dropwhile(lambda x: x<3, [1,2,3,4,1])), list(it.takewhile(lambda x: x<3, [1,2,3,4,1])))
print(list(it.filterfalse(None, [0,1,2,0])), list(it.starmap(pow, [(2,3),(3,2)])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1,2,3,4,5], key=lambda x: x//2)])
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abcdefg', 3)), list(it.pairwise('abcd')))
a, b = it.tee(iter([1,2,3])); print(list(a), list(b))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.product('ab', range(2))), list(it.product('ab', repeat=2))[:3])
print(list(it.permutations('abc', 2)), list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('abc', 2)))
print(list(it.batched('abcdefg', 3)))
print(type(it.count()), it.count.__name__, isinstance(it.count(), it.count))
g = it.groupby('aabbb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b, c = it.tee('xyz', 3); print(next(a), list(b), list(a), list(c), it.tee([1], 0))
s = it.islice(range(20), 1, 15, 4); print(list(s), list(s))
print(list(it.islice('abc', None)), list(it.islice('abcdef', 2, None)), list(it.islice(it.count(), 0)))
print(list(it.zip_longest()), list(it.product()), list(it.product([])), list(it.permutations([])), list(it.permutations('ab', 3)))
print(list(it.combinations('abc', 0)), list(it.combinations('ab', 3)), list(it.combinations_with_replacement('', 1)), list(it.combinations_with_replacement('', 0)))
print(list(it.batched([], 2)), list(it.pairwise('a')), list(it.accumulate([])), list(it.accumulate([], initial=5)))
r = it.repeat(0, 2); next(r); print(repr(r), list(r), repr(r))
c = it.count(5, -2); next(c); print(repr(c), next(c))
print(list(it.islice(it.count(2**64), 2)), sum(1 for _ in it.product(range(4), repeat=3)))
import itertools as it
tests = [
 "it.count(1,2,3)", "it.count('a')", "it.count(start=1, x=2)", "it.cycle()", "it.cycle(1)", "it.cycle([1], 2)", "it.cycle(x=1)",
 "it.repeat()", "it.repeat(1, 'a')", "it.accumulate()", "it.accumulate(1)", "it.accumulate([1], x=2)",
 "it.dropwhile(len)", "it.takewhile()", "it.filterfalse(None)", "it.groupby()", "it.groupby([], 1, 2)",
 "it.islice([1])", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1, 2, 0)", "it.islice([1], 1, 2, 3, 4)", "it.islice(1, 2)",
 "it.pairwise()", "it.pairwise(1)", "it.starmap(len)", "list(it.starmap(len, [1]))", "it.tee([], -1)", "it.tee()", "it.tee(1)",
 "it.zip_longest(1)", "it.zip_longest([], x=1)", "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], r=1)",
 "it.permutations()", "it.permutations([1], -1)", "it.permutations([1], 'a')", "it.combinations([1])", "it.combinations([1], -1)",
 "it.combinations_with_replacement([1], -1)", "it.batched([1], 0)", "it.batched([1])", "list(it.batched([1,2,3], 2, strict=True))",
 "next(it.count(1.5, 'a'))", "it.repeat(1, times=-1)", "it.accumulate([1], None, initial=0)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r) if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
c = it.count(5); next(c); print(repr(c))
g = it.groupby('aab'); k, grp = next(g); print(k, type(grp).__name__, type(grp).__module__)
for t in ["it.islice([1], -2)", "it.islice([1], 1, -1)", "it.islice([1], -1, 2)", "it.islice([1], 'a', 2)", "it.islice([1], 1, 'a')","it.islice([1], 1, 2, 'a')", "it.islice([1], 1, 2, -1)", "it.islice([1], None, None, None)", "it.islice([1], 2**70)",
  "it.zip_longest([], fillvalue=1, x=2)", "it.permutations([1], None)", "it.batched([1], 'a')", "it.batched([1], -1)", "it.tee([1], 'a')", "it.repeat(1, 2**70)", "it.product([1], repeat='a')", "it.combinations([1], 'a')", "it.accumulate([1,2], initial=None)"]:
    try:
        r = eval(t); print(t, '->', type(r).__name__)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(repr(it.count(0, 1)), repr(it.count(1.0, 1)))
