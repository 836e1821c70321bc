# An uncaught KeyboardInterrupt: traceback printed, and the process ends as if by SIGINT.
def long_running():
    for i in range(3):
        print("step", i)
        if i == 1:
            raise KeyboardInterrupt
long_running()
