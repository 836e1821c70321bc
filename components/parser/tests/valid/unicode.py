é = 'ü'
π = 3.14
x = 'snowman ☃'  # ü
def héllo(ñ): return ñ
s = '😀'
