globals().update({k: v for k, v. in vars(_).items() if k[:2] != '__'})
