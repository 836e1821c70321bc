for x in y: def f(): pass
