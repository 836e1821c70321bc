#!/usr/bin/env python3
"""Runs CPython 3.13's own regression tests under pyk and under CPython,
and writes the scoreboard (docs/conformance.md).

Usage: tests/conformance/scoreboard.py [--pyk PATH] [--timeout SECONDS] [--write] [--rerun-cpython] [test_x ...]

CPython's counts do not change between runs on one machine: they are taken
from the checked-in table (docs/conformance.md) when it has them, unless
--rerun-cpython is given (a module CPython ran no test of is always re-run).

Each module runs as `pyk -m unittest -v test.test_x` (the installed
CPython's Lib/test, never copied here) and the same command under CPython
3.13. The counts come from unittest's summary lines; a module that crashes,
hangs past the timeout or cannot import counts every CPython test as not
passed. Without CPython 3.13 the script says "skipped" and exits 0.
A module in STANDINS runs with a stand-in helper module (see there).
"""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import sys
import time

# The modules the issues name (language core, builtin types, standard library).
MODULES = """
test_grammar test_exceptions test_int test_long test_float test_complex test_bool
test_list test_tuple test_dict test_set test_range test_slice test_bytes test_str
test_string test_class test_descr test_scope test_generators test_coroutines
test_with test_contextlib test_augassign test_unary test_binop test_compare
test_keywordonlyarg test_positional_only_arg test_patma test_fstring
test_string_literals test_opcodes test_raise test_exception_group test_except_star
test_math test_itertools test_functools test_collections test_ordered_dict test_operator test_json
test_re test_dataclasses test_enum test_typing test_types test_copy test_heapq
test_bisect test_textwrap test_random test_statistics test_fractions test_datetime
test_os test_pathlib test_threading test_weakref test_unittest
test_builtin test_unicodedata test_ucn test_unicode_identifiers test_unicode_file
test_unicode_file_functions test_tokenize test_import test_ast test_syntax
test_posix test_shutil test_tempfile test_glob test_fnmatch test_stat test_genericpath test_posixpath
test_importlib test_py_compile test_compileall test_zipimport test_marshal test_runpy test_pkgutil test_frozen
test_codecencodings_jp test_codecencodings_cn test_codecencodings_kr test_codecencodings_tw
test_codecencodings_hk test_codecencodings_iso2022 test_multibytecodec
test_codecmaps_jp test_codecmaps_cn test_codecmaps_kr test_codecmaps_tw test_codecmaps_hk
test_io test_fileio test_bufio test_memoryio test_file test_univnewlines test_tarfile test_deque test_bz2 test_zipfile
test_memoryview test_array test_fileinput test_print test_sys test_structseq
""".split()

# Per-module stand-ins for CPython-internal test helpers. A module listed here
# runs as `pyk -c CODE` instead of `pyk -m unittest test.test_x`: CODE puts the
# stand-in module in sys.modules first, then runs unittest on that one module.
# No `_testinternalcapi` module exists in pyk (its presence would switch many
# other test modules onto CPython-internal paths); only the module named here
# sees the stand-in. Each is documented in docs/conformance.md beside its row.
STANDINS = {
    # test_class imports `has_inline_values` at module level (CPython's
    # inline-values object layout). Its stand-in raises SkipTest, so the tests
    # calling it count as skipped and every other test of test_class runs.
    "test_class": """
import sys, types, unittest
_m = types.ModuleType("_testinternalcapi", "pyk's scoreboard stand-in: CPython layout probes skip")
def has_inline_values(obj):
    raise unittest.SkipTest("CPython object layout detail")
_m.has_inline_values = has_inline_values
sys.modules["_testinternalcapi"] = _m
""",
    # test_marshal's `requires_debug_ranges` asks `get_config()` for
    # 'code_debug_ranges' while the module loads. The stand-in reads pyk's own
    # answer from a compiled code object (column positions present or not), so
    # it is as true under -X no_debug_ranges as without it.
    "test_marshal": """
import sys, types, unittest
_m = types.ModuleType("_testinternalcapi", "pyk's scoreboard stand-in: the interpreter config, read back from pyk")
def get_config():
    cols = [p[2] for p in compile("x", "<probe>", "eval").co_positions()]
    return {"code_debug_ranges": any(c is not None for c in cols)}
_m.get_config = get_config
sys.modules["_testinternalcapi"] = _m
""",
}


# The note each stand-in puts beside its module's row in docs/conformance.md.
STANDIN_NOTES = {
    "test_class": "run with a `_testinternalcapi` stand-in whose `has_inline_values` raises SkipTest (CPython object layout detail): those tests count as skipped",
    "test_marshal": "run with a `_testinternalcapi` stand-in whose `get_config()` answers only 'code_debug_ranges', read from a code object pyk compiles",
}


def pyk_command(pyk, mod):
    """The command that runs one test module under pyk."""
    code = STANDINS.get(mod)
    if code is None:
        return [pyk, "-m", "unittest", "test." + mod]
    code += f"unittest.main(module=None, argv=['python -m unittest', 'test.{mod}'])\n"
    return [pyk, "-c", code]


SUMMARY = re.compile(r"^Ran (\d+) tests? in")
RESULT = re.compile(r"^(OK|FAILED)(?: \((.*)\))?\s*$")
BAD_TEST = re.compile(r"^(FAIL|ERROR|UNEXPECTED SUCCESS): \S+ \(([^)]*)\)", re.M)


def find_cpython():
    exe = os.environ.get("PYK_CPYTHON") or shutil.which("python3.13")
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    for cand in [exe, "python3.13"]:
        if not cand:
            continue
        try:
            out = subprocess.run([cand, "-c", "import sys; print(sys.version_info[:2] == (3, 13))"],
                                 capture_output=True, text=True, env=env, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.stdout.strip() == "True":
            return cand, env
    return None, None


def parse(output):
    """(ran, failures, errors, skipped) from unittest's summary, or None."""
    ran = None
    counts = {"failures": 0, "errors": 0, "skipped": 0, "expected failures": 0, "unexpected successes": 0}
    seen_result = False
    for line in output.splitlines():
        m = SUMMARY.match(line.strip())
        if m:
            ran = int(m.group(1))
        m = RESULT.match(line.strip())
        if m and ran is not None:
            seen_result = True
            for part in (m.group(2) or "").split(","):
                if "=" in part:
                    k, v = part.strip().split("=")
                    counts[k.replace("_", " ")] = int(v)
    if ran is None or not seen_result:
        return None
    # A test with failing subtests is reported once per subtest: count the
    # distinct tests that did not pass, for "passed".
    bad = {m.group(2) for m in BAD_TEST.finditer(output)}
    return ran, counts["failures"] + counts["unexpected successes"], counts["errors"], counts["skipped"], len(bad)


def run(cmd, env, timeout):
    """Runs a test module with its output in a file, not a pipe (a test's
    leftover child process would hold a pipe open and hang the reader), in
    a session of its own whose every process is killed afterwards."""
    start = time.time()
    with tempfile.TemporaryFile(mode="w+", errors="replace") as f:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            p.wait(timeout=timeout)
            status = "ok"
        except subprocess.TimeoutExpired:
            status = "timeout"
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        p.wait()
        f.seek(0)
        out = f.read()
    return parse(out), status, time.time() - start, out


def table_rows(path):
    """The rows of the checked-in table, as `main` builds them."""
    rows = []
    try:
        with open(path) as f:
            for line in f:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 8 and cells[0].startswith("test_") and " / " in cells[1]:
                    c_pass, c_ran = (int(x) for x in cells[1].split(" / "))
                    p_ran, p_pass, p_fail, p_err, p_skip = (int(x) for x in cells[2:7])
                    rows.append((cells[0], c_ran, c_pass, p_ran, p_pass, p_fail, p_err, p_skip, 0.0, cells[7].replace("\\|", "|")))
    except OSError:
        pass
    return rows


def cpython_table():
    """CPython's (ran, passed) per module from the checked-in table, as the
    (ran, failed, errors, skipped, bad) tuple `run` gives (passed = ran - bad)."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "conformance.md")
    known = {}
    try:
        with open(path) as f:
            for line in f:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 2 and cells[0].startswith("test_") and " / " in cells[1]:
                    passed, ran = (int(x) for x in cells[1].split(" / "))
                    if ran > 0:
                        known[cells[0]] = (ran, 0, 0, 0, ran - passed)
    except OSError:
        pass
    return known


def main(argv):
    pyk = os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "pyk")
    timeout = 300
    mods = []
    write = False
    rerun = False
    it = iter(argv)
    for a in it:
        if a == "--pyk":
            pyk = next(it)
        elif a == "--timeout":
            timeout = int(next(it))
        elif a == "--write":
            write = True
        elif a == "--rerun-cpython":
            rerun = True
        else:
            mods.append(a)
    # A full run rewrites docs/conformance.md; a partial one only with --write.
    write = write or not mods
    mods = mods or MODULES
    cpython, cenv = find_cpython()
    if cpython is None:
        print("skipped: CPython 3.13 not found (set PYK_CPYTHON)")
        return 0
    penv = dict(os.environ)
    penv.pop("PYTHONDONTWRITEBYTECODE", None)
    rows = []
    totals = [0, 0, 0, 0, 0]  # cpython ran, cpython passed, pyk passed, pyk failed+errored, pyk skipped
    known = {} if rerun else cpython_table()
    for mod in mods:
        c = known.get(mod)
        if c is None:
            c, _, _, _ = run([cpython, "-m", "unittest", "test." + mod], cenv, timeout * 2)
        p, pstatus, secs, pout = run(pyk_command(pyk, mod), penv, timeout)
        c_ran, c_fail, c_err, c_skip, c_bad = c or (0, 0, 0, 0, 0)
        c_pass = max(0, c_ran - c_bad - c_skip)
        if p is None:
            note = "timeout" if pstatus == "timeout" else (pout.strip().splitlines() or ["no output"])[-1][:90]
            p_ran, p_fail, p_err, p_skip, p_pass = 0, 0, 0, 0, 0
        else:
            p_ran, p_fail, p_err, p_skip, p_bad = p
            p_pass = max(0, p_ran - p_bad - p_skip)
            note = STANDIN_NOTES.get(mod, "")
        rows.append((mod, c_ran, c_pass, p_ran, p_pass, p_fail, p_err, p_skip, secs, note))
        totals[0] += c_ran
        totals[1] += c_pass
        totals[2] += p_pass
        totals[3] += p_fail + p_err
        totals[4] += p_skip
        print(f"{mod:32} cpython {c_pass:5}/{c_ran:<5} pyk passed {p_pass:5} failed {p_fail:4} errors {p_err:4} skipped {p_skip:4}  {secs:6.1f}s {note}", flush=True)
    pct = 100.0 * totals[2] / totals[1] if totals[1] else 0.0
    print(f"TOTAL: pyk passes {totals[2]} of the {totals[1]} tests CPython passes ({pct:.1f}%)")
    out = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "conformance.md")
    if write and set(mods) != set(MODULES):
        # A partial run replaces its modules' rows in the checked-in table.
        new = {r[0]: r for r in rows}
        rows = [new.pop(r[0], r) for r in table_rows(out)] + list(new.values())
        totals = [sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[4] for r in rows)]
        pct = 100.0 * totals[2] / totals[1] if totals[1] else 0.0
        print(f"TABLE TOTAL: pyk passes {totals[2]} of the {totals[1]} tests CPython passes ({pct:.1f}%)")
    if write:
        with open(out, "w") as f:
            f.write("# Conformance: CPython 3.13's regression tests on pyk\n\n")
            f.write("Generated by `tests/conformance/scoreboard.py` (each module: `pyk -m unittest test.test_x`\n")
            f.write("against the installed CPython's Lib/test, and the same under CPython 3.13).\n")
            f.write("\"passed\" = ran − skipped − the distinct tests reported as FAIL/ERROR (a test with\n")
            f.write("failing subtests is counted once). A module that cannot import, crashes or\n")
            f.write("times out passes nothing; the note says why. A module run with a stand-in for a\n")
            f.write("CPython-internal helper module (STANDINS in the script) says so in its note.\n\n")
            f.write("| module | CPython passed / ran | pyk ran | pyk passed | failed | errors | skipped | note |\n")
            f.write("|---|---|---|---|---|---|---|---|\n")
            for (mod, c_ran, c_pass, p_ran, p_pass, p_fail, p_err, p_skip, secs, note) in rows:
                note = note.replace("|", "\\|")
                f.write(f"| {mod} | {c_pass} / {c_ran} | {p_ran} | {p_pass} | {p_fail} | {p_err} | {p_skip} | {note} |\n")
            f.write(f"\n**Total:** pyk passes {totals[2]} of the {totals[1]} tests CPython passes in these modules ({pct:.1f}%).\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
