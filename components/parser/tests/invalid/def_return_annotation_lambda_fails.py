def f(x) ->lambda Any:
    pass
