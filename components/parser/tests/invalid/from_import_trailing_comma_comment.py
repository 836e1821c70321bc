from t import x,y, # c
