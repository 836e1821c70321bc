//! The doc strings of the functions in `builtins`, in pyk's own words. A
//! doc starting with `name(...)\n--\n\n` carries the function's text
//! signature (`__text_signature__`, the same signatures CPython gives, so
//! `inspect.signature` sees the same parameters); the rest is `__doc__`.
//! Functions with several call forms have no text signature and list the
//! forms at the top of their doc instead.

/// The internal doc string of builtin function `name`, if it has one.
pub fn doc(name: &str) -> Option<&'static str> {
    DOCS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}

const DOCS: &[(&str, &str)] = &[
    ("print", "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n\
Write the str() of each argument to a stream.\n\n\
  sep    what goes between the values (a space unless given)\n\
  end    what follows the last value (a newline unless given)\n\
  file   where to write; sys.stdout when None\n\
  flush  flush the stream afterwards when true"),
    ("len", "len($module, obj, /)\n--\n\nHow many items the container obj holds."),
    ("repr", "repr($module, obj, /)\n--\n\nThe printable representation of obj, which eval() can often turn back into an equal object."),
    ("ascii", "ascii($module, obj, /)\n--\n\nLike repr(obj), with every non-ASCII character written as a \\x, \\u or \\U escape."),
    ("abs", "abs($module, x, /)\n--\n\nThe absolute value (magnitude) of x."),
    ("min", "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n\
The smallest of the items of one iterable, or of two or more arguments.\n\
key, when given, is applied to each item to get what is compared. With an\n\
empty iterable, default is returned if it was given (else ValueError)."),
    ("max", "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n\
The largest of the items of one iterable, or of two or more arguments.\n\
key, when given, is applied to each item to get what is compared. With an\n\
empty iterable, default is returned if it was given (else ValueError)."),
    ("sum", "sum($module, iterable, /, start=0)\n--\n\n\
Add start and the items of iterable, from left to right.\n\n\
Meant for numbers: strings are refused (''.join() joins them)."),
    ("isinstance", "isinstance($module, obj, class_or_tuple, /)\n--\n\n\
Whether obj is an instance of the class, or of one of its subclasses.\n\n\
A tuple (or a union such as int | str) checks against each class it holds."),
    ("issubclass", "issubclass($module, cls, class_or_tuple, /)\n--\n\n\
Whether cls is the class or derives from it.\n\n\
A tuple (or a union such as int | str) checks against each class it holds."),
    ("hash", "hash($module, obj, /)\n--\n\n\
The hash value of obj: equal objects have equal hashes (the converse need not hold)."),
    ("id", "id($module, obj, /)\n--\n\n\
An integer that identifies obj while it lives; no two live objects share one."),
    ("iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\n\
An iterator over the items of iterable; or one that calls callable with no\n\
arguments for each item and stops when the result equals sentinel."),
    ("next", "next(iterator[, default])\n\n\
The next item of iterator. When it is exhausted, default is returned if\n\
given, else StopIteration is raised."),
    ("sorted", "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\n\
A new list of the items of iterable, in ascending order.\n\n\
key and reverse work as for list.sort(): a function applied to each item\n\
for the comparison, and a flag for descending order. The sort is stable."),
    ("chr", "chr($module, i, /)\n--\n\nThe one-character string for Unicode code point i (0 <= i <= 0x10ffff)."),
    ("ord", "ord($module, c, /)\n--\n\nThe Unicode code point of the one-character string c."),
    ("divmod", "divmod($module, x, y, /)\n--\n\nThe pair (x // y, x % y), computed together."),
    ("pow", "pow($module, /, base, exp, mod=None)\n--\n\n\
base raised to the power exp, then reduced modulo mod when mod is given.\n\n\
The three-argument form may compute far faster than (base**exp) % mod."),
    ("any", "any($module, iterable, /)\n--\n\nWhether some item of iterable is true (False for an empty iterable)."),
    ("all", "all($module, iterable, /)\n--\n\nWhether every item of iterable is true (True for an empty iterable)."),
    ("callable", "callable($module, obj, /)\n--\n\n\
Whether obj can be called: functions, classes, and instances whose class\n\
defines __call__."),
    ("getattr", "getattr(object, name[, default]) -> value\n\n\
The attribute of object called name: getattr(x, 'y') is x.y. When it does\n\
not exist, default is returned if given, else AttributeError is raised."),
    ("hasattr", "hasattr($module, obj, name, /)\n--\n\n\
Whether obj has an attribute called name (getattr() does not raise AttributeError)."),
    ("setattr", "setattr($module, obj, name, value, /)\n--\n\nSet the attribute called name of obj: setattr(x, 'y', v) is x.y = v."),
    ("delattr", "delattr($module, obj, name, /)\n--\n\nDelete the attribute called name of obj: delattr(x, 'y') is del x.y."),
    ("globals", "globals($module, /)\n--\n\n\
The dictionary of the current module's global names; changes to it are\n\
seen by the module's code."),
    ("format", "format($module, value, format_spec='', /)\n--\n\n\
value formatted as format_spec says, through type(value).__format__.\n\n\
The format-spec mini-language of str.format() describes the specs the\n\
builtin types accept; an empty spec usually gives str(value)."),
    ("bin", "bin($module, number, /)\n--\n\nThe binary digits of an integer, with a '0b' prefix: bin(6) == '0b110'."),
    ("hex", "hex($module, number, /)\n--\n\nThe hexadecimal digits of an integer, with a '0x' prefix: hex(255) == '0xff'."),
    ("oct", "oct($module, number, /)\n--\n\nThe octal digits of an integer, with a '0o' prefix: oct(8) == '0o10'."),
    ("round", "round($module, /, number, ndigits=None)\n--\n\n\
number rounded to ndigits decimal places (ties go to the even digit).\n\n\
Without ndigits, or with None, the result is an int; otherwise it has the\n\
type of number. ndigits may be negative."),
    ("open", "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\n\
Open a file and return a file object for it (OSError on failure).\n\n\
file is a path (str, bytes or path-like) or an open file descriptor.\n\
mode combines 'r' (read), 'w' (write, truncating), 'x' (create, failing if\n\
the file exists), 'a' (append) and '+' (read and write) with 't' (text,\n\
the default) or 'b' (binary). Text files decode with encoding and errors\n\
and translate line endings as newline says; binary files deal in bytes.\n\
buffering is 0 (no buffer, binary only), 1 (line buffering, text only) or\n\
a buffer size. closefd=False keeps a given descriptor open after close().\n\
opener, if given, is called with (file, flags) and returns a descriptor."),
    ("input", "input($module, prompt='', /)\n--\n\n\
Read a line from standard input and return it without its newline.\n\n\
prompt, when given, is written to standard output first. EOFError is\n\
raised at the end of the input."),
    ("breakpoint", "breakpoint($module, /, *args, **kws)\n--\n\n\
Enter the debugger: calls sys.breakpointhook(*args, **kws), which by\n\
default starts pdb (or what the PYTHONBREAKPOINT variable names)."),
    ("__import__", "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\n\
Import a module; the import statement calls this.\n\n\
globals only tells which package the import happens in; locals is not\n\
used. fromlist lists the names of a 'from name import ...' statement\n\
(the module itself is then returned, not its top-level package). level\n\
is 0 for an absolute import, or how many parent packages a relative\n\
import goes up. importlib.import_module() is the function to call from\n\
programs."),
    ("aiter", "aiter($module, async_iterable, /)\n--\n\nThe asynchronous iterator of an asynchronous iterable: async_iterable.__aiter__()."),
    ("anext", "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\n\
An awaitable for the next item of an asynchronous iterator.\n\n\
When the iterator is exhausted, the awaitable gives default if it was\n\
given, else raises StopAsyncIteration."),
    ("__build_class__", "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n\
What a class statement calls: runs the class body func in a fresh\n\
namespace and creates the class from it through the metaclass."),
    ("locals", "locals($module, /)\n--\n\n\
A mapping of the current scope's local names.\n\n\
In a function it is a snapshot of the local variables: changing it does\n\
not change them. At module level it is globals()."),
    ("vars", "vars([object]) -> dictionary\n\n\
Without an argument, the same as locals(); with one, object.__dict__."),
    ("dir", "dir([object]) -> list of strings\n\n\
The sorted names of the current scope, or the attributes of object.\n\n\
An object's __dir__() decides when it has one. Otherwise a module gives\n\
its global names; a class its attributes and those of its bases; any\n\
other object its own attributes, its class's, and its bases' ones."),
    ("eval", "eval($module, source, /, globals=None, locals=None)\n--\n\n\
Evaluate an expression and return its value.\n\n\
source is a string holding one expression, or a code object from\n\
compile(). The expression reads its names from globals (a dictionary)\n\
and locals (any mapping); both default to the caller's scope, and locals\n\
defaults to globals when only globals is given."),
    ("exec", "exec($module, source, /, globals=None, locals=None, *, closure=None)\n--\n\n\
Run statements, given as a string or a code object from compile().\n\n\
globals (a dictionary) and locals (any mapping) are the namespaces the\n\
code runs in, the caller's by default; locals defaults to globals when\n\
only globals is given. closure, a tuple of cells, supplies the free\n\
variables of a code object that has some. Returns None."),
    ("compile", "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\n\
Turn source into a code object that exec() or eval() can run.\n\n\
source is a string, bytes or an AST object; filename is recorded for\n\
tracebacks. mode is 'exec' for statements, 'eval' for one expression or\n\
'single' for one interactive statement (whose expression values are\n\
printed). flags combine __future__ features and ast.PyCF_* options; the\n\
features in effect where compile() is called also apply unless\n\
dont_inherit is true. optimize is the level (-1: the interpreter's own)."),
];
