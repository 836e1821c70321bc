a in
