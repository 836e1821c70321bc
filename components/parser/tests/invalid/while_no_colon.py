while x pass
