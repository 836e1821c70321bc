def f(a,
      b