# Carets under a failing subscript in a chain.
config = {"servers": [{"name": "a", "ports": [80]}]}
def port(cfg, i):
    return cfg["servers"][0]["ports"][i]

print(port(config, 0))
port(config, 3)
