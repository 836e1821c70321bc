# Uncaught exception raised while handling another: "During handling" line.
def cleanup(resource):
    resource.close()

def work():
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup(None)

work()
