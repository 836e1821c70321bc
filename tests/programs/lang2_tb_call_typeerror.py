# Uncaught TypeError from a bad call inside nested calls.
def connect(host, port, *, timeout):
    return (host, port, timeout)

def setup(options):
    return connect(options["host"], options["port"], options["timeout"])

def main():
    opts = {"host": "localhost", "port": 80, "timeout": 3}
    setup(opts)

main()
