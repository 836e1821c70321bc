def f() -> int pass
