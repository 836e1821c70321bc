//! `_bisect` and `_heapq`, with CPython 3.13's names, signatures, results
//! and error messages (the pure-Python `bisect` and `heapq` import them).

use pyk_sdk::prelude::*;

fn idx(i: usize) -> PyObj {
    PyObj::from(i)
}

fn lt(a: &PyAny, b: &PyAny) -> PyResult<bool> {
    a.compare(b, ops::LT)
}

// --- _bisect ---

const BISECT_PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];

struct Search<'a> {
    a: &'a PyAny,
    x: &'a PyAny,
    lo: usize,
    hi: usize,
    key: Option<&'a PyAny>,
}

fn search_args<'a>(args: &Args<'a>, name: &'static str) -> PyResult<Search<'a>> {
    let sig = Signature { name, params: BISECT_PARAMS, posonly: 0, kwonly: 4, required: 2, required_kwonly: 0 };
    let v = args.bind(&sig)?;
    let (Some(a), Some(x)) = (v[0], v[1]) else { return Err(PyErr::system_error("missing bisect arguments")) };
    let lo = match v[2] {
        Some(lo) => lo.to_i64()?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let hi = match v[3] {
        Some(hi) if !hi.is_none() => hi.to_i64()?,
        _ => -1,
    };
    let hi = if hi == -1 { a.len()? as i64 } else { hi };
    let key = v[4].filter(|k| !k.is_none());
    Ok(Search { a, x, lo: lo as usize, hi: hi.max(0) as usize, key })
}

fn search(s: &Search, x: &PyAny, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = s.a.getitem(&idx(mid))?;
        let item = match s.key {
            Some(k) => k.call(&[&item])?,
            None => item,
        };
        let go_left = if right { lt(x, &item)? } else { !lt(&item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(args: Args) -> PyResult<usize> {
    let s = search_args(&args, "bisect_right")?;
    search(&s, s.x, true)
}
fn bisect_left(args: Args) -> PyResult<usize> {
    let s = search_args(&args, "bisect_left")?;
    search(&s, s.x, false)
}

fn insort(args: Args, name: &'static str, right: bool) -> PyResult<()> {
    let s = search_args(&args, name)?;
    let keyed;
    let x = match s.key {
        Some(k) => {
            keyed = k.call(&[s.x])?;
            &*keyed
        }
        None => s.x,
    };
    let i = search(&s, x, right)?;
    s.a.call_method("insert", &[&idx(i), s.x])?;
    Ok(())
}
fn insort_right(args: Args) -> PyResult<()> {
    insort(args, "insort_right", true)
}
fn insort_left(args: Args) -> PyResult<()> {
    insort(args, "insort_left", false)
}

static BISECT_FUNCTIONS: &[NativeFnDef] = &[
    native_fn!("_bisect", "bisect_right", bisect_right, "Find the position in sorted list a where x belongs."),
    native_fn!("_bisect", "insort_right", insort_right, "Put x into the sorted list a at the place that keeps it sorted."),
    native_fn!("_bisect", "bisect_left", bisect_left, "Find the position in sorted list a where x belongs."),
    native_fn!("_bisect", "insort_left", insort_left, "Put x into the sorted list a at the place that keeps it sorted."),
];

/// Creates the `_bisect` module.
pub fn create_bisect() -> PyResult<PyObj> {
    ModuleBuilder::new("_bisect", "Bisection algorithms.")?.functions(BISECT_FUNCTIONS)?.finish()
}

// --- _heapq ---

/// The heap argument: a list (or subclass), else CPython's TypeError.
fn heap_arg<'a>(h: &'a PyAny, what: &str) -> PyResult<&'a PyAny> {
    if h.isinstance(&pyk_sdk::types::list_type())? {
        Ok(h)
    } else {
        Err(PyErr::type_error(format!("{what} must be list, not {}", h.type_name()?)))
    }
}

/// `a < b` for a min-heap, `b < a` for a max-heap.
fn before(a: &PyAny, b: &PyAny, max: bool) -> PyResult<bool> {
    if max {
        lt(b, a)
    } else {
        lt(a, b)
    }
}

fn sift_down(heap: &PyAny, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let newitem = heap.getitem(&idx(pos))?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = heap.getitem(&idx(parentpos))?;
        if before(&newitem, &parent, max)? {
            heap.setitem(&idx(pos), &parent)?;
            pos = parentpos;
            continue;
        }
        break;
    }
    heap.setitem(&idx(pos), &newitem)
}

fn sift_up(heap: &PyAny, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.len()?;
    let start = pos;
    let newitem = heap.getitem(&idx(pos))?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !before(&*heap.getitem(&idx(child))?, &*heap.getitem(&idx(right))?, max)? {
            child = right;
        }
        heap.setitem(&idx(pos), &*heap.getitem(&idx(child))?)?;
        pos = child;
        child = 2 * pos + 1;
    }
    heap.setitem(&idx(pos), &newitem)?;
    sift_down(heap, start, pos, max)
}

fn heappush(args: Args) -> PyResult<()> {
    let [h, item] = args.exact::<2>()?;
    let h = heap_arg(h, "heappush() argument 1")?;
    h.list_append(item)?;
    sift_down(h, 0, h.len()? - 1, false)
}

fn pop(args: Args, max: bool) -> PyResult<PyObj> {
    let h = heap_arg(args.one()?, &format!("{}() argument", args.name()))?;
    if h.len()? == 0 {
        return Err(PyErr::index_error("index out of range"));
    }
    let last = h.call_method("pop", &[])?;
    if h.len()? == 0 {
        return Ok(last);
    }
    let top = h.getitem(&idx(0))?;
    h.setitem(&idx(0), &last)?;
    sift_up(h, 0, max)?;
    Ok(top)
}
fn heappop(args: Args) -> PyResult<PyObj> {
    pop(args, false)
}
fn heappop_max(args: Args) -> PyResult<PyObj> {
    pop(args, true)
}

fn replace(args: Args, max: bool) -> PyResult<PyObj> {
    let [h, item] = args.exact::<2>()?;
    let h = heap_arg(h, &format!("{}() argument 1", args.name()))?;
    if h.len()? == 0 {
        return Err(PyErr::index_error("index out of range"));
    }
    let top = h.getitem(&idx(0))?;
    h.setitem(&idx(0), item)?;
    sift_up(h, 0, max)?;
    Ok(top)
}
fn heapreplace(args: Args) -> PyResult<PyObj> {
    replace(args, false)
}
fn heapreplace_max(args: Args) -> PyResult<PyObj> {
    replace(args, true)
}

fn heappushpop(args: Args) -> PyResult<PyObj> {
    let [h, item] = args.exact::<2>()?;
    let h = heap_arg(h, "heappushpop() argument 1")?;
    if h.len()? == 0 {
        return Ok(item.to_owned());
    }
    let top = h.getitem(&idx(0))?;
    if !lt(&top, item)? {
        return Ok(item.to_owned());
    }
    h.setitem(&idx(0), item)?;
    sift_up(h, 0, false)?;
    Ok(top)
}

fn heapify_impl(args: Args, max: bool) -> PyResult<()> {
    let h = heap_arg(args.one()?, &format!("{}() argument", args.name()))?;
    let n = h.len()?;
    for i in (0..n / 2).rev() {
        sift_up(h, i, max)?;
    }
    Ok(())
}
fn heapify(args: Args) -> PyResult<()> {
    heapify_impl(args, false)
}
fn heapify_max(args: Args) -> PyResult<()> {
    heapify_impl(args, true)
}

static HEAPQ_FUNCTIONS: &[NativeFnDef] = &[
    native_fn!("_heapq", "heappush", heappush, "Add item to heap, keeping it a heap."),
    native_fn!("_heapq", "heappushpop", heappushpop, "Push item and take out the smallest, in one faster step."),
    native_fn!("_heapq", "heappop", heappop, "Take out and give back the smallest item of heap."),
    native_fn!("_heapq", "heapreplace", heapreplace, "Take out the smallest item, then push item; gives the removed one."),
    native_fn!("_heapq", "heapify", heapify, "Rearrange x in place into a heap, in linear time."),
    native_fn!("_heapq", "_heappop_max", heappop_max, "heappop for a max-heap."),
    native_fn!("_heapq", "_heapreplace_max", heapreplace_max, "heapreplace for a max-heap."),
    native_fn!("_heapq", "_heapify_max", heapify_max, "heapify for a max-heap."),
];

/// Creates the `_heapq` module.
pub fn create_heapq() -> PyResult<PyObj> {
    ModuleBuilder::new("_heapq", "Native helpers for heapq: a binary min-heap kept in a list.")?
        .functions(HEAPQ_FUNCTIONS)?
        .constant("__about__", "Heap queues")?
        .finish()
}
