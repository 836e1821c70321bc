# Uncaught error raised in a finally while another propagates: context chain printed.
def cleanup(n):
    raise KeyError(f"cleanup {n}")

def work():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("work failed at %d" % i)
        finally:
            if i == 1:
                cleanup(i)

print("before")
work()
