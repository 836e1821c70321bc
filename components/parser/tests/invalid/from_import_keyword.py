from m import else
