@d


