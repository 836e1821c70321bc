a, b c if d e
