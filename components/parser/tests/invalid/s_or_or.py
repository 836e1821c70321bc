a or or b
