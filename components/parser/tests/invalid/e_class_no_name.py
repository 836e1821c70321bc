class (): pass
