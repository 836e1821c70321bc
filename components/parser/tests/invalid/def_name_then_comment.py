def getregentr#y():
    pass
