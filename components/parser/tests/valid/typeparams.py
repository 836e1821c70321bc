type X = int
type Y[T] = list[T]
def f[T: int, *Ts, **P](x: T) -> T: pass
class C[T = int, *Ts = *tuple[int], **P = [int]]: pass
type Z[T: (int, str) = int] = T
