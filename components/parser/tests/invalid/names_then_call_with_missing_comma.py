Cloned by Mark Hammond (mhammond@skip    pinet.com.au) from ascii.py,
