;x
