async if x: pass
