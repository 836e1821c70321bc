ﬁ = 1
ℌ.ｘ = 𝐓rue
def ｆ(ａ, *, ｂ=1): return ａ
import ﬁ.ｂ as ｃ
f(ｘ=1)
class ℌ: pass
print(f"{ｘ!ｒ}")
ｉｆ = 1
_̀ = 1
a·b = 1
match x:
 case C(ａ=1) | ｙ: pass
