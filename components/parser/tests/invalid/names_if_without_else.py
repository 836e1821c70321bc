defaulting to sys.stdin if the list is empty
