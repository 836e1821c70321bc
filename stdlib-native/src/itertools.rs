//! The `itertools` module, with CPython 3.13's names, signatures, results and
//! error messages. Every iterator is lazy; its state sits in a [`PyMutex`]
//! because free-threaded callers may share an iterator.

use std::collections::VecDeque;
use std::sync::Arc;

use pyk_sdk::prelude::*;

const MODULE: &str = "itertools";

fn tuple(items: &[PyObj]) -> PyResult<PyObj> {
    tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
}

/// `tuple(o)` as owned items.
fn items_of(o: &PyAny) -> PyResult<Vec<PyObj>> {
    o.iter_items()
}

/// An index argument (`__index__`), with CPython's TypeError for others.
fn ssize(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() && o.getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    match o.to_i64() {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::OverflowError) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        Err(e) => Err(e),
    }
}

const PICKLE_MSG: &str = "Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.";

/// CPython 3.13 still pickles these iterators, with a DeprecationWarning.
fn pickle_warn() -> PyResult<()> {
    let warnings = pyk_sdk::types::import("warnings")?;
    let cat = pyk_sdk::types::builtin("DeprecationWarning")?;
    warnings.call_method("warn", &[&PyObj::from(PICKLE_MSG), &cat, &PyObj::from(1i64)])?;
    Ok(())
}

/// `(type(self), args)` or `(type(self), args, state)`, after the warning.
fn reduced(args: &Args, ctor: &[&PyAny], state: Option<&PyAny>) -> PyResult<PyObj> {
    args.none()?;
    pickle_warn()?;
    let cls = args.slf().get_type();
    let ctor = tuple_of(ctor)?;
    match state {
        Some(st) => tuple_of(&[&cls, &ctor, st]),
        None => tuple_of(&[&cls, &ctor]),
    }
}

/// The one argument of `__setstate__`, after the warning.
fn state_arg<'a>(args: &Args<'a>) -> PyResult<&'a PyAny> {
    let st = args.one()?;
    pickle_warn()?;
    Ok(st)
}

/// A tuple of `n` items, else TypeError/ValueError as CPython's setstate.
fn state_tuple(st: &PyAny) -> PyResult<Vec<PyObj>> {
    if !st.is_tuple() {
        return Err(PyErr::type_error("state is not a tuple"));
    }
    st.tuple_items()
}

fn int_tuple(v: &[usize]) -> PyResult<PyObj> {
    let items: Vec<PyObj> = v.iter().map(|&i| PyObj::from(i)).collect();
    tuple(&items)
}

/// Without keywords for a constructor that takes none: a subclass with an
/// `__init__` of its own may still be called with keywords (they are for
/// its `__init__`), as CPython's types check only for their own `__init__`.
fn kw_for_init<'a>(cls: &PyAny, base: &PyAny, args: Args<'a>) -> PyResult<Args<'a>> {
    if args.keywords().is_empty() || cls.is(base) {
        return Ok(args);
    }
    for klass in cls.getattr("__mro__")?.iter_items()? {
        if klass.is(base) {
            break;
        }
        if klass.getattr("__dict__")?.call_method("__contains__", &[&PyObj::from("__init__")])?.is_true()? {
            return Ok(Args::new("", args.name(), args.slf(), args.positional(), Vec::new()));
        }
    }
    Ok(args)
}

/// The local protocol of this module's iterator types.
trait ItIter: Sized + Send + Sync + 'static {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self>;
    fn step(&self) -> PyResult<Option<PyObj>>;
    fn show(&self) -> PyResult<String> {
        Ok(String::new())
    }
}

macro_rules! iter_class {
    ($ty:ident, $store:ident, $name:expr, $doc:expr, repr = $repr:expr) => {
        iter_class!($ty, $store, $name, $doc, repr = $repr, methods = &[]);
    };
    ($ty:ident, $store:ident, $name:expr, $doc:expr, repr = $repr:expr, methods = $methods:expr) => {
        static $store: NativeType<$ty> = NativeType::new();
        impl NativeClass for $ty {
            const METHODS: &'static [NativeFnDef] = $methods;
            const NAME: &'static str = concat!("itertools.", $name);
            const DOC: &'static str = $doc;
            const BASETYPE: bool = true;
            const HAS_NEW: bool = true;
            const HAS_ITER: bool = true;
            const HAS_NEXT: bool = true;
            const HAS_REPR: bool = $repr;
            fn native_type() -> &'static NativeType<Self> {
                &$store
            }
            fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
                <$ty as ItIter>::create(cls, args)
            }
            fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
                self.step()
            }
            fn repr(&self, _slf: &PyAny) -> PyResult<String> {
                self.show()
            }
        }
    };
    ($ty:ident, $store:ident, $name:expr, $doc:expr) => {
        iter_class!($ty, $store, $name, $doc, repr = false);
    };
}

// --- count ---

struct Count {
    cnt: PyMutex<PyObj>,
    step: PyObj,
}

fn is_number(o: &PyAny) -> PyResult<bool> {
    if o.is_int() || o.is_float() {
        return Ok(true);
    }
    if let Ok(complex) = pyk_sdk::types::builtin("complex") {
        if o.isinstance(&complex)? {
            return Ok(true);
        }
    }
    let t = o.get_type();
    Ok(["__index__", "__float__", "__int__", "__complex__"].iter().any(|m| t.getattr(m).is_ok()))
}

impl ItIter for Count {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("count", &["start", "step"], 0))?;
        // A bool counts as the int it equals.
        let num = |o: &PyAny| -> PyResult<PyObj> {
            if o.is_exact_instance(&pyk_sdk::types::bool_type()) {
                Ok(PyObj::from(o.is_true()? as i64))
            } else {
                Ok(o.to_owned())
            }
        };
        let start = v[0].map(num).transpose()?.unwrap_or_else(|| PyObj::from(0i64));
        let step = v[1].map(num).transpose()?.unwrap_or_else(|| PyObj::from(1i64));
        if !is_number(&start)? || !is_number(&step)? {
            return Err(PyErr::type_error("a number is required"));
        }
        Ok(Count { cnt: PyMutex::new(start), step })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut cnt = self.cnt.lock()?;
        let next = cnt.binary_op(&self.step, ops::ADD)?;
        Ok(Some(std::mem::replace(&mut *cnt, next)))
    }
    fn show(&self) -> PyResult<String> {
        let cnt = self.cnt.lock()?.repr()?;
        let unit = self.step.is_int() && self.step.to_i64().ok() == Some(1);
        if unit {
            Ok(format!("count({cnt})"))
        } else {
            Ok(format!("count({cnt}, {})", self.step.repr()?))
        }
    }
}
iter_class!(
    Count,
    COUNT,
    "count",
    "Count up from start by step, without end.",
    repr = true,
    methods = &[native_method!(Count, "__reduce__", count_reduce, "The state pickle saves.")]
);

fn count_reduce(this: &Count, args: Args) -> PyResult<PyObj> {
    let cnt = this.cnt.lock()?.clone();
    let int = pyk_sdk::types::int_type();
    let unit = this.step.is_exact_instance(&int) && this.step.to_i64().ok() == Some(1);
    if unit && cnt.is_exact_instance(&int) {
        reduced(&args, &[&cnt], None)
    } else {
        reduced(&args, &[&cnt, &this.step], None)
    }
}

// --- cycle ---

struct CycleState {
    it: Option<PyObj>,
    saved: Vec<PyObj>,
    index: usize,
    /// `saved` already holds the whole cycle (a restored state): what `it`
    /// still yields is not saved again.
    firstpass: bool,
}
struct Cycle(PyMutex<CycleState>);

impl ItIter for Cycle {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(cls, CYCLE.get()?, args)?;
        let [x] = args.exact::<1>()?;
        Ok(Cycle(PyMutex::new(CycleState { it: Some(x.iter()?), saved: Vec::new(), index: 0, firstpass: false })))
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.0.lock()?;
        if let Some(it) = &s.it {
            if let Some(v) = it.next()? {
                if !s.firstpass {
                    s.saved.push(v.clone());
                }
                return Ok(Some(v));
            }
            s.it = None;
        }
        if s.saved.is_empty() {
            return Ok(None);
        }
        let v = s.saved[s.index].clone();
        s.index = (s.index + 1) % s.saved.len();
        Ok(Some(v))
    }
}
iter_class!(
    Cycle,
    CYCLE,
    "cycle",
    "Yield the items of the iterable, then the same items again, forever.",
    repr = false,
    methods = &[
        native_method!(Cycle, "__reduce__", cycle_reduce, "The state pickle saves."),
        native_method!(Cycle, "__setstate__", cycle_setstate, "Restore the state pickle saved.")
    ]
);

fn cycle_reduce(this: &Cycle, args: Args) -> PyResult<PyObj> {
    let (it, saved, index, firstpass) = {
        let s = this.0.lock()?;
        (s.it.clone(), s.saved.clone(), s.index, s.firstpass)
    };
    let saved_list = list_of(&saved.iter().map(|o| &**o).collect::<Vec<_>>())?;
    match it {
        Some(it) => reduced(&args, &[&it], Some(&*tuple_of(&[&saved_list, &PyObj::from(firstpass)])?)),
        None => {
            // The rest of the current round, then the saved items again.
            let rest = list_of(&saved[index.min(saved.len())..].iter().map(|o| &**o).collect::<Vec<_>>())?;
            reduced(&args, &[&*rest.iter()?], Some(&*tuple_of(&[&saved_list, &PyObj::from(true)])?))
        }
    }
}

fn cycle_setstate(this: &Cycle, args: Args) -> PyResult<()> {
    let st = state_arg(&args)?;
    let items = state_tuple(st)?;
    let list_t = pyk_sdk::types::list_type();
    let [saved, firstpass] = <[PyObj; 2]>::try_from(items).map_err(|_| PyErr::type_error("state is not a tuple"))?;
    if !saved.isinstance(&list_t)? {
        return Err(PyErr::type_error(format!("argument 1 must be list, not {}", saved.type_name()?)));
    }
    let firstpass = firstpass.to_i64()? != 0;
    let saved = saved.iter_items()?;
    let old = {
        let mut s = this.0.lock()?;
        s.firstpass = firstpass;
        s.index = 0;
        std::mem::replace(&mut s.saved, saved)
    };
    drop(old);
    Ok(())
}

// --- repeat ---

struct Repeat {
    obj: PyObj,
    /// Remaining count; None: forever.
    times: Option<PyMutex<i64>>,
}

impl ItIter for Repeat {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("repeat", &["object", "times"], 1))?;
        let obj = v[0].map(PyAny::to_owned).unwrap_or_else(PyObj::none);
        let times = match v[1] {
            Some(t) => Some(PyMutex::new(ssize(t)?.max(0))),
            None => None,
        };
        Ok(Repeat { obj, times })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        if let Some(t) = &self.times {
            let mut t = t.lock()?;
            if *t <= 0 {
                return Ok(None);
            }
            *t -= 1;
        }
        Ok(Some(self.obj.clone()))
    }
    fn show(&self) -> PyResult<String> {
        match &self.times {
            None => Ok(format!("repeat({})", self.obj.repr()?)),
            Some(t) => Ok(format!("repeat({}, {})", self.obj.repr()?, *t.lock()?)),
        }
    }
}
iter_class!(
    Repeat,
    REPEAT,
    "repeat",
    "repeat(object [,times]) -> iterator yielding object times times, or forever\nwhen times is not given.",
    repr = true,
    methods = &[
        native_method!(Repeat, "__reduce__", repeat_reduce, "The state pickle saves."),
        native_method!(Repeat, "__length_hint__", repeat_length_hint, "Estimated number of items still to come (private).")
    ]
);

fn repeat_length_hint(this: &Repeat, args: Args) -> PyResult<PyObj> {
    args.none()?;
    match &this.times {
        Some(t) => Ok(PyObj::from(*t.lock()?)),
        None => Err(PyErr::type_error("len() of unsized object")),
    }
}

fn repeat_reduce(this: &Repeat, args: Args) -> PyResult<PyObj> {
    match &this.times {
        Some(t) => {
            let n = PyObj::from(*t.lock()?);
            reduced(&args, &[&this.obj, &n], None)
        }
        None => reduced(&args, &[&this.obj], None),
    }
}

// --- accumulate ---

struct AccState {
    total: Option<PyObj>,
    initial: Option<PyObj>,
}
struct Accumulate {
    it: PyObj,
    func: Option<PyObj>,
    state: PyMutex<AccState>,
}

impl ItIter for Accumulate {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        const SIG: Signature =
            Signature { name: "accumulate", params: &["iterable", "func", "initial"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 };
        let v = args.bind(&SIG)?;
        let it = v[0].map(PyAny::iter).transpose()?.unwrap_or_else(PyObj::none);
        let func = v[1].filter(|f| !f.is_none()).map(PyAny::to_owned);
        let initial = v[2].filter(|f| !f.is_none()).map(PyAny::to_owned);
        Ok(Accumulate { it, func, state: PyMutex::new(AccState { total: None, initial }) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.state.lock()?;
        if let Some(init) = s.initial.take() {
            s.total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = self.it.next()? else { return Ok(None) };
        let new = match s.total.take() {
            None => v,
            Some(t) => match &self.func {
                None => t.binary_op(&v, ops::ADD)?,
                Some(f) => f.call(&[&t, &v])?,
            },
        };
        s.total = Some(new.clone());
        Ok(Some(new))
    }
}
iter_class!(
    Accumulate,
    ACCUMULATE,
    "accumulate",
    "Running totals of the iterable (or running results of another two-argument function).",
    repr = false,
    methods = &[
        native_method!(Accumulate, "__reduce__", accumulate_reduce, "The state pickle saves."),
        native_method!(Accumulate, "__setstate__", accumulate_setstate, "Restore the state pickle saved.")
    ]
);

fn accumulate_reduce(this: &Accumulate, args: Args) -> PyResult<PyObj> {
    let (total, initial) = {
        let s = this.state.lock()?;
        (s.total.clone(), s.initial.clone())
    };
    let func = this.func.clone().unwrap_or_else(PyObj::none);
    let none = PyObj::none();
    if let Some(init) = initial {
        // chain((initial,), it): the initial value comes first again.
        let it = CHAIN.wrap(Chain(PyMutex::new(ChainState { source: Some(tuple_of(&[&*tuple_of(&[&init])?, &this.it])?.iter()?), active: None })))?;
        return reduced(&args, &[&it, &func], Some(&none));
    }
    match total {
        Some(t) if t.is_none() => {
            // A total of None must not read as "not started": a fresh
            // accumulate over chain((None,), it), without its first value.
            args.none()?;
            pickle_warn()?;
            let src = tuple_of(&[&*tuple_of(&[&none])?, &this.it])?;
            let ch = CHAIN.wrap(Chain(PyMutex::new(ChainState { source: Some(src.iter()?), active: None })))?;
            let acc = args.slf().get_type().call(&[&ch, &func])?;
            let sl = ISLICE.get()?;
            tuple_of(&[sl, &*tuple_of(&[&acc, &PyObj::from(1i64), &none])?])
        }
        Some(t) => reduced(&args, &[&this.it, &func], Some(&t)),
        None => reduced(&args, &[&this.it, &func], Some(&none)),
    }
}

fn accumulate_setstate(this: &Accumulate, args: Args) -> PyResult<()> {
    let st = state_arg(&args)?.to_owned();
    let old = std::mem::replace(&mut this.state.lock()?.total, Some(st));
    drop(old);
    Ok(())
}

// --- chain ---

struct ChainState {
    source: Option<PyObj>,
    active: Option<PyObj>,
}
struct Chain(PyMutex<ChainState>);

impl ItIter for Chain {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(cls, CHAIN.get()?, args)?;
        let xs = args.varargs()?;
        let t = tuple_of(&xs.iter().collect::<Vec<_>>())?;
        Ok(Chain(PyMutex::new(ChainState { source: Some(t.iter()?), active: None })))
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.0.lock()?;
        loop {
            if s.active.is_none() {
                let Some(src) = &s.source else { return Ok(None) };
                match src.next()? {
                    Some(x) => s.active = Some(x.iter()?),
                    None => {
                        s.source = None;
                        return Ok(None);
                    }
                }
            }
            if let Some(a) = &s.active {
                if let Some(v) = a.next()? {
                    return Ok(Some(v));
                }
            }
            s.active = None;
        }
    }
}
iter_class!(
    Chain,
    CHAIN,
    "chain",
    "Iterate over each of the given iterables in turn, as if they were one.",
    repr = false,
    methods = &[
        native_fn!("chain", "from_iterable", chain_from_iterable, "Chain the iterables yielded by one iterable, reading it only as needed."),
        native_method!(Chain, "__reduce__", chain_reduce, "The state pickle saves."),
        native_method!(Chain, "__setstate__", chain_setstate, "Restore the state pickle saved.")
    ]
);

fn chain_reduce(this: &Chain, args: Args) -> PyResult<PyObj> {
    let (source, active) = {
        let s = this.0.lock()?;
        (s.source.clone(), s.active.clone())
    };
    match (source, active) {
        (Some(src), Some(act)) => reduced(&args, &[], Some(&*tuple_of(&[&src, &act])?)),
        (Some(src), None) => reduced(&args, &[], Some(&*tuple_of(&[&src])?)),
        _ => reduced(&args, &[], None),
    }
}

fn is_iterator(o: &PyAny) -> bool {
    o.get_type().getattr("__next__").is_ok()
}

fn chain_setstate(this: &Chain, args: Args) -> PyResult<()> {
    let st = state_arg(&args)?;
    let items = state_tuple(st)?;
    if items.is_empty() || items.len() > 2 {
        let n = items.len();
        let msg = if n == 0 { "function takes at least 1 argument (0 given)".to_owned() } else { format!("function takes at most 2 arguments ({n} given)") };
        return Err(PyErr::type_error(msg));
    }
    if !items.iter().all(|o| is_iterator(o)) {
        return Err(PyErr::type_error("Arguments must be iterators."));
    }
    let source = Some(items[0].clone());
    let active = items.get(1).cloned();
    let old = {
        let mut s = this.0.lock()?;
        std::mem::replace(&mut *s, ChainState { source, active })
    };
    drop(old);
    Ok(())
}

/// `chain.from_iterable(x)`. Native types have no class methods yet
/// (sdk/ABI_REQUESTS.md), so this is a method: called on the class, the
/// kernel passes `x` as the instance; called on an instance, `x` follows it.
fn chain_from_iterable(args: Args) -> PyResult<PyObj> {
    let pos = args.positional();
    let x = match pos {
        [] => args.slf(),
        [x] if CHAIN.data(args.slf()).is_some() => x,
        _ => return Err(PyErr::type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", pos.len()))),
    };
    CHAIN.wrap(Chain(PyMutex::new(ChainState { source: Some(x.iter()?), active: None })))
}

// --- compress, dropwhile, takewhile, filterfalse, starmap ---

struct Compress {
    data: PyObj,
    selectors: PyObj,
}
impl ItIter for Compress {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("compress", &["data", "selectors"], 2))?;
        let (Some(d), Some(s)) = (v[0], v[1]) else { return Err(PyErr::system_error("compress arguments")) };
        Ok(Compress { data: d.iter()?, selectors: s.iter()? })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        loop {
            let Some(d) = self.data.next()? else { return Ok(None) };
            let Some(s) = self.selectors.next()? else { return Ok(None) };
            if s.is_true()? {
                return Ok(Some(d));
            }
        }
    }
}
iter_class!(
    Compress,
    COMPRESS,
    "compress",
    "Keep the items of data whose matching selector is true.",
    repr = false,
    methods = &[native_method!(Compress, "__reduce__", compress_reduce, "The state pickle saves.")]
);

fn compress_reduce(this: &Compress, args: Args) -> PyResult<PyObj> {
    reduced(&args, &[&this.data, &this.selectors], None)
}

struct DropWhile {
    pred: PyObj,
    it: PyObj,
    dropping: PyMutex<bool>,
}
impl ItIter for DropWhile {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(cls, DROPWHILE.get()?, args)?;
        let [p, x] = args.exact::<2>()?;
        Ok(DropWhile { pred: p.to_owned(), it: x.iter()?, dropping: PyMutex::new(true) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        loop {
            let Some(v) = self.it.next()? else { return Ok(None) };
            let mut d = self.dropping.lock()?;
            if !*d {
                return Ok(Some(v));
            }
            if !self.pred.call(&[&v])?.is_true()? {
                *d = false;
                return Ok(Some(v));
            }
        }
    }
}
iter_class!(
    DropWhile,
    DROPWHILE,
    "dropwhile",
    "Skip leading items while predicate(item) holds, then yield the rest.",
    repr = false,
    methods = &[
        native_method!(DropWhile, "__reduce__", dropwhile_reduce, "The state pickle saves."),
        native_method!(DropWhile, "__setstate__", dropwhile_setstate, "Restore the state pickle saved.")
    ]
);

fn dropwhile_reduce(this: &DropWhile, args: Args) -> PyResult<PyObj> {
    let started = !*this.dropping.lock()?;
    reduced(&args, &[&this.pred, &this.it], Some(&PyObj::from(started)))
}

fn dropwhile_setstate(this: &DropWhile, args: Args) -> PyResult<()> {
    let started = state_arg(&args)?.is_true()?;
    *this.dropping.lock()? = !started;
    Ok(())
}

struct TakeWhile {
    pred: PyObj,
    it: PyObj,
    stopped: PyMutex<bool>,
}
impl ItIter for TakeWhile {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(cls, TAKEWHILE.get()?, args)?;
        let [p, x] = args.exact::<2>()?;
        Ok(TakeWhile { pred: p.to_owned(), it: x.iter()?, stopped: PyMutex::new(false) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        if *self.stopped.lock()? {
            return Ok(None);
        }
        let Some(v) = self.it.next()? else { return Ok(None) };
        if self.pred.call(&[&v])?.is_true()? {
            return Ok(Some(v));
        }
        *self.stopped.lock()? = true;
        Ok(None)
    }
}
iter_class!(
    TakeWhile,
    TAKEWHILE,
    "takewhile",
    "Yield items while predicate(item) holds; stop at the first that fails it.",
    repr = false,
    methods = &[
        native_method!(TakeWhile, "__reduce__", takewhile_reduce, "The state pickle saves."),
        native_method!(TakeWhile, "__setstate__", takewhile_setstate, "Restore the state pickle saved.")
    ]
);

fn takewhile_reduce(this: &TakeWhile, args: Args) -> PyResult<PyObj> {
    let stopped = *this.stopped.lock()?;
    reduced(&args, &[&this.pred, &this.it], Some(&PyObj::from(stopped)))
}

fn takewhile_setstate(this: &TakeWhile, args: Args) -> PyResult<()> {
    let stopped = state_arg(&args)?.is_true()?;
    *this.stopped.lock()? = stopped;
    Ok(())
}

struct FilterFalse {
    pred: Option<PyObj>,
    it: PyObj,
}
impl ItIter for FilterFalse {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(cls, FILTERFALSE.get()?, args)?;
        let [p, x] = args.exact::<2>()?;
        Ok(FilterFalse { pred: if p.is_none() { None } else { Some(p.to_owned()) }, it: x.iter()? })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        loop {
            let Some(v) = self.it.next()? else { return Ok(None) };
            let t = match &self.pred {
                None => v.is_true()?,
                Some(p) => p.call(&[&v])?.is_true()?,
            };
            if !t {
                return Ok(Some(v));
            }
        }
    }
}
iter_class!(
    FilterFalse,
    FILTERFALSE,
    "filterfalse",
    "Keep the items for which function(item) is false (or the false items when function is None).",
    repr = false,
    methods = &[native_method!(FilterFalse, "__reduce__", filterfalse_reduce, "The state pickle saves.")]
);

fn filterfalse_reduce(this: &FilterFalse, args: Args) -> PyResult<PyObj> {
    let pred = this.pred.clone().unwrap_or_else(PyObj::none);
    reduced(&args, &[&pred, &this.it], None)
}

struct StarMap {
    func: PyObj,
    it: PyObj,
}
impl ItIter for StarMap {
    fn create(cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(cls, STARMAP.get()?, args)?;
        let [f, x] = args.exact::<2>()?;
        Ok(StarMap { func: f.to_owned(), it: x.iter()? })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let Some(v) = self.it.next()? else { return Ok(None) };
        let items = if v.is_tuple() { v.tuple_items()? } else { items_of(&v)? };
        Ok(Some(self.func.call(&items.iter().map(|o| &**o).collect::<Vec<_>>())?))
    }
}
iter_class!(
    StarMap,
    STARMAP,
    "starmap",
    "Call function(*args) for each argument tuple the iterable yields.",
    repr = false,
    methods = &[native_method!(StarMap, "__reduce__", starmap_reduce, "The state pickle saves.")]
);

fn starmap_reduce(this: &StarMap, args: Args) -> PyResult<PyObj> {
    reduced(&args, &[&this.func, &this.it], None)
}

// --- groupby ---

struct GroupState {
    tgtkey: Option<PyObj>,
    currkey: Option<PyObj>,
    currvalue: Option<PyObj>,
    /// Which grouper is current (groupers of older generations are exhausted).
    generation: u64,
}
struct GroupBy {
    it: PyObj,
    keyfunc: Option<PyObj>,
    state: PyMutex<GroupState>,
}

impl GroupBy {
    /// Reads the next value and its key. Python code (the iterator, the key
    /// function, comparisons) runs without the state locked: it may use
    /// this groupby or its groupers again.
    fn advance(&self) -> PyResult<bool> {
        let Some(v) = self.it.next()? else { return Ok(false) };
        let k = match &self.keyfunc {
            None => v.clone(),
            Some(f) => f.call(&[&v])?,
        };
        let old = {
            let mut s = self.state.lock()?;
            (s.currvalue.replace(v), s.currkey.replace(k))
        };
        drop(old);
        Ok(true)
    }
}

impl ItIter for GroupBy {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("groupby", &["iterable", "key"], 1))?;
        let it = v[0].map(PyAny::iter).transpose()?.unwrap_or_else(PyObj::none);
        let keyfunc = v[1].filter(|k| !k.is_none()).map(PyAny::to_owned);
        Ok(GroupBy {
            it,
            keyfunc,
            state: PyMutex::new(GroupState { tgtkey: None, currkey: None, currvalue: None, generation: 0 }),
        })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        Err(PyErr::system_error("groupby.__next__ needs the instance"))
    }
}

static GROUPBY: NativeType<GroupBy> = NativeType::new();
impl NativeClass for GroupBy {
    const NAME: &'static str = "itertools.groupby";
    const DOC: &'static str = "Yield (key, group) for each run of items with equal keys.";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(GroupBy, "__reduce__", groupby_reduce, "The state pickle saves."),
        native_method!(GroupBy, "__setstate__", groupby_setstate, "Restore the state pickle saved."),
    ];
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    fn native_type() -> &'static NativeType<Self> {
        &GROUPBY
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        <GroupBy as ItIter>::create(cls, args)
    }
    fn next(&self, slf: &PyAny) -> PyResult<Option<PyObj>> {
        // Groupers handed out so far are finished.
        self.state.lock()?.generation += 1;
        loop {
            let (cur, tgt) = {
                let s = self.state.lock()?;
                (s.currkey.clone(), s.tgtkey.clone())
            };
            match (cur, tgt) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !t.compare(&c, ops::EQ)? {
                        break;
                    }
                }
            }
            if !self.advance()? {
                return Ok(None);
            }
        }
        let (key, generation, old) = {
            let mut s = self.state.lock()?;
            let key = s.currkey.clone().unwrap_or_else(PyObj::none);
            let old = s.tgtkey.replace(key.clone());
            (key, s.generation, old)
        };
        drop(old);
        let grouper = GROUPER.wrap(Grouper { parent: slf.to_owned(), tgtkey: key.clone(), generation })?;
        Ok(Some(tuple(&[key, grouper])?))
    }
}

fn groupby_reduce(this: &GroupBy, args: Args) -> PyResult<PyObj> {
    let (tgt, cur, val) = {
        let s = this.state.lock()?;
        (s.tgtkey.clone(), s.currkey.clone(), s.currvalue.clone())
    };
    let keyfunc = this.keyfunc.clone().unwrap_or_else(PyObj::none);
    match (cur, val, tgt) {
        (Some(c), Some(v), Some(t)) => reduced(&args, &[&this.it, &keyfunc], Some(&*tuple_of(&[&c, &v, &t])?)),
        _ => reduced(&args, &[&this.it, &keyfunc], None),
    }
}

fn groupby_setstate(this: &GroupBy, args: Args) -> PyResult<()> {
    let st = state_arg(&args)?;
    let items = state_tuple(st)?;
    let [c, v, t] = <[PyObj; 3]>::try_from(items).map_err(|_| PyErr::type_error("state must be a 3-tuple"))?;
    let old = {
        let mut s = this.state.lock()?;
        (s.currkey.replace(c), s.currvalue.replace(v), s.tgtkey.replace(t))
    };
    drop(old);
    Ok(())
}

fn grouper_reduce(this: &Grouper, args: Args) -> PyResult<PyObj> {
    args.none()?;
    pickle_warn()?;
    let current = match GROUPBY.data(&this.parent) {
        Some(gb) => gb.state.lock()?.generation == this.generation,
        None => false,
    };
    if !current {
        let iter = pyk_sdk::types::builtin("iter")?;
        return tuple_of(&[&iter, &*tuple_of(&[&*tuple(&[])?])?]);
    }
    tuple_of(&[&args.slf().get_type(), &*tuple_of(&[&this.parent, &this.tgtkey])?])
}

struct Grouper {
    parent: PyObj,
    tgtkey: PyObj,
    generation: u64,
}
static GROUPER: NativeType<Grouper> = NativeType::new();
impl NativeClass for Grouper {
    const NAME: &'static str = "itertools._grouper";
    const HAS_NEW: bool = true;
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(Grouper, "__reduce__", grouper_reduce, "The state pickle saves.")];
    fn native_type() -> &'static NativeType<Self> {
        &GROUPER
    }
    /// `_grouper(parent, tgtkey)` (unpickling): the parent's current group.
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let [parent, tgtkey] = args.exact::<2>()?;
        let Some(gb) = GROUPBY.data(parent) else {
            return Err(PyErr::type_error(format!("_grouper() argument 1 must be itertools.groupby, not {}", parent.type_name()?)));
        };
        let generation = gb.state.lock()?.generation;
        Ok(Grouper { parent: parent.to_owned(), tgtkey: tgtkey.to_owned(), generation })
    }
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        let Some(gb) = GROUPBY.data(&self.parent) else { return Ok(None) };
        let need = {
            let s = gb.state.lock()?;
            if s.generation != self.generation {
                return Ok(None);
            }
            s.currvalue.is_none()
        };
        if need && !gb.advance()? {
            return Ok(None);
        }
        let Some(c) = gb.state.lock()?.currkey.clone() else { return Ok(None) };
        if !self.tgtkey.compare(&c, ops::EQ)? {
            return Ok(None);
        }
        let v = gb.state.lock()?.currvalue.take();
        Ok(v)
    }
}

// --- islice ---

struct ISliceState {
    it: Option<PyObj>,
    next: i64,
    cnt: i64,
}
struct ISlice {
    stop: i64,
    step: i64,
    state: PyMutex<ISliceState>,
}

const INDICES_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STOP_MSG: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// An islice index: None -> default; anything else must be an int in range.
fn islice_index(o: &PyAny, default: i64) -> Option<i64> {
    if o.is_none() {
        return Some(default);
    }
    if !o.is_int() && o.getattr("__index__").is_err() {
        return None;
    }
    o.to_i64().ok()
}

impl ItIter for ISlice {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let args = kw_for_init(_cls, ISLICE.get()?, args)?;
        let a = args.range(2, 4)?;
        let it = a[0].iter()?;
        let (mut start, mut step) = (0, 1);
        let stop;
        if a.len() == 2 {
            stop = match islice_index(&a[1], -1) {
                Some(-1) if !a[1].is_none() => return Err(PyErr::value_error(STOP_MSG)),
                Some(v) => v,
                None => return Err(PyErr::value_error(STOP_MSG)),
            };
        } else {
            start = islice_index(&a[1], 0).ok_or_else(|| PyErr::value_error(INDICES_MSG))?;
            stop = match islice_index(&a[2], -1) {
                Some(-1) if !a[2].is_none() => return Err(PyErr::value_error(STOP_MSG)),
                Some(v) => v,
                None => return Err(PyErr::value_error(STOP_MSG)),
            };
            if let Some(s) = a.get(3) {
                step = islice_index(s, 1).unwrap_or(-1);
                if step < 1 {
                    return Err(PyErr::value_error("Step for islice() must be a positive integer or None."));
                }
            }
        }
        if start < 0 || stop < -1 {
            return Err(PyErr::value_error(INDICES_MSG));
        }
        Ok(ISlice { stop, step, state: PyMutex::new(ISliceState { it: Some(it), next: start, cnt: 0 }) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.state.lock()?;
        let Some(it) = s.it.clone() else { return Ok(None) };
        while s.cnt < s.next {
            if it.next()?.is_none() {
                s.it = None;
                return Ok(None);
            }
            s.cnt += 1;
        }
        if self.stop != -1 && s.cnt >= self.stop {
            s.it = None;
            return Ok(None);
        }
        let Some(v) = it.next()? else {
            s.it = None;
            return Ok(None);
        };
        s.cnt += 1;
        s.next = match s.next.checked_add(self.step) {
            Some(n) if self.stop == -1 || n <= self.stop => n,
            _ => self.stop,
        };
        Ok(Some(v))
    }
}
iter_class!(
    ISlice,
    ISLICE,
    "islice",
    "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object",
    repr = false,
    methods = &[
        native_method!(ISlice, "__reduce__", islice_reduce, "The state pickle saves."),
        native_method!(ISlice, "__setstate__", islice_setstate, "Restore the state pickle saved.")
    ]
);

fn islice_reduce(this: &ISlice, args: Args) -> PyResult<PyObj> {
    let (it, next, cnt) = {
        let s = this.state.lock()?;
        (s.it.clone(), s.next, s.cnt)
    };
    let zero = PyObj::from(0i64);
    let Some(it) = it else {
        let empty = list_of(&[])?.iter()?;
        return reduced(&args, &[&empty, &zero], Some(&zero));
    };
    let stop = if this.stop == -1 { PyObj::none() } else { PyObj::from(this.stop) };
    reduced(&args, &[&it, &PyObj::from(next), &stop, &PyObj::from(this.step)], Some(&PyObj::from(cnt)))
}

fn islice_setstate(this: &ISlice, args: Args) -> PyResult<()> {
    let cnt = ssize(state_arg(&args)?)?;
    this.state.lock()?.cnt = cnt;
    Ok(())
}

// --- pairwise ---

struct PairState {
    it: Option<PyObj>,
    old: Option<PyObj>,
}
struct Pairwise(PyMutex<PairState>);
impl ItIter for Pairwise {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let [x] = args.exact::<1>()?;
        Ok(Pairwise(PyMutex::new(PairState { it: Some(x.iter()?), old: None })))
    }
    /// The iterator runs without the state locked: it may call this
    /// pairwise again (the results then follow CPython's).
    fn step(&self) -> PyResult<Option<PyObj>> {
        let (it, old) = {
            let s = self.0.lock()?;
            (s.it.clone(), s.old.clone())
        };
        let Some(mut it) = it else { return Ok(None) };
        let clear = |this: &Pairwise| -> PyResult<()> {
            let old = {
                let mut s = this.0.lock()?;
                (s.it.take(), s.old.take())
            };
            drop(old);
            Ok(())
        };
        let old = match old {
            Some(o) => o,
            None => {
                let got = it.next();
                let o = match got {
                    Ok(Some(o)) => o,
                    Ok(None) => {
                        clear(self)?;
                        return Ok(None);
                    }
                    Err(e) => {
                        clear(self)?;
                        return Err(e);
                    }
                };
                let (cur, prev) = {
                    let mut s = self.0.lock()?;
                    (s.it.clone(), s.old.replace(o.clone()))
                };
                drop(prev);
                match cur {
                    Some(c) => it = c,
                    None => {
                        clear(self)?;
                        return Ok(None);
                    }
                }
                o
            }
        };
        let new = match it.next() {
            Ok(Some(n)) => n,
            Ok(None) => {
                clear(self)?;
                return Ok(None);
            }
            Err(e) => {
                clear(self)?;
                return Err(e);
            }
        };
        let prev = self.0.lock()?.old.replace(new.clone());
        drop(prev);
        Ok(Some(tuple(&[old, new])?))
    }
}
iter_class!(Pairwise, PAIRWISE, "pairwise", "Yield each item of the iterable paired with the item after it.");

// --- tee ---

struct TeeShared {
    it: Option<PyObj>,
    /// Items not yet consumed by every tee; `items[0]` has index `base`.
    items: VecDeque<PyObj>,
    base: u64,
    /// Position of each live tee object, by id.
    positions: Vec<(u64, u64)>,
    next_id: u64,
    /// The underlying iterator is being advanced (without the lock held:
    /// it runs Python code, maybe in another thread).
    running: bool,
    /// A weak reference to the `_tee_dataobject` last made for pickling, so
    /// that tees pickled together share one (the pickler's memo keeps it
    /// alive meanwhile).
    data: Option<PyObj>,
}
struct Tee {
    shared: Arc<PyMutex<TeeShared>>,
    id: u64,
}

impl TeeShared {
    fn trim(&mut self) {
        let min = self.positions.iter().map(|p| p.1).min().unwrap_or(self.base + self.items.len() as u64);
        while self.base < min && !self.items.is_empty() {
            self.items.pop_front();
            self.base += 1;
        }
    }
}

impl Tee {
    fn register(shared: &Arc<PyMutex<TeeShared>>, pos: u64) -> PyResult<Tee> {
        let mut s = shared.lock()?;
        let id = s.next_id;
        s.next_id += 1;
        s.positions.push((id, pos));
        Ok(Tee { shared: shared.clone(), id })
    }
    fn copy(&self) -> PyResult<Tee> {
        let pos = {
            let s = self.shared.lock()?;
            s.positions.iter().find(|p| p.0 == self.id).map(|p| p.1).unwrap_or(0)
        };
        Tee::register(&self.shared, pos)
    }
}

impl Drop for Tee {
    fn drop(&mut self) {
        if let Ok(mut s) = self.shared.lock() {
            s.positions.retain(|p| p.0 != self.id);
            s.trim();
        }
    }
}

/// Pickled as `_tee(dataobject, offset)`: tees pickled together share
/// one `_tee_dataobject` (the buffer from the oldest unread item, and the
/// iterator), each with its own offset into it.
fn tee_reduce(this: &Tee, args: Args) -> PyResult<PyObj> {
    args.none()?;
    pickle_warn()?;
    let (weak, offset) = {
        let s = this.shared.lock()?;
        let pos = s.positions.iter().find(|p| p.0 == this.id).map(|p| p.1).unwrap_or(0);
        (s.data.clone(), pos.saturating_sub(s.base))
    };
    let alive = match weak {
        Some(w) => Some(w.call(&[])?).filter(|d| !d.is_none()),
        None => None,
    };
    let data = match alive {
        Some(d) => d,
        None => {
            let d = TEE_DATA.wrap(TeeData(this.shared.clone()))?;
            let w = pyk_sdk::types::import("weakref")?.getattr("ref")?.call(&[&d])?;
            let old = this.shared.lock()?.data.replace(w);
            drop(old);
            d
        }
    };
    tuple_of(&[TEE.get()?, &*tuple_of(&[&data, &PyObj::from(offset as usize)])?])
}

fn tee_copy(this: &Tee, args: Args) -> PyResult<PyObj> {
    args.none()?;
    TEE.wrap(this.copy()?)
}

static TEE: NativeType<Tee> = NativeType::new();
impl NativeClass for Tee {
    const NAME: &'static str = "itertools._tee";
    const DOC: &'static str = "One of the independent iterators tee() makes; copying it makes another.";
    const HAS_NEW: bool = true;
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Tee, "__copy__", tee_copy, "A new tee iterator at the same position."),
        native_method!(Tee, "__reduce__", tee_reduce, "The state pickle saves."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &TEE
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        // Unpickling: a shared data object and this tee's offset in it.
        if let [d, off] = args.positional() {
            if let Some(data) = TEE_DATA.data(d) {
                args.no_kwargs()?;
                let off = ssize(off)?.max(0) as u64;
                let (base, len) = {
                    let s = data.0.lock()?;
                    (s.base, s.items.len() as u64)
                };
                return Tee::register(&data.0, base + off.min(len));
            }
        }
        let [x] = args.exact::<1>()?;
        // A tee of a tee shares its buffer (a copy), as CPython's tee_new.
        let it = x.iter()?;
        if let Some(t) = TEE.data(&it) {
            return t.copy();
        }
        tee_from(&it)
    }
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        let mut s = self.shared.lock()?;
        let pos = s.positions.iter().find(|p| p.0 == self.id).map(|p| p.1).unwrap_or(0);
        let idx = (pos - s.base) as usize;
        let v = if idx < s.items.len() {
            s.items[idx].clone()
        } else {
            let Some(it) = s.it.clone() else { return Ok(None) };
            if s.running {
                return Err(PyErr::runtime_error("cannot re-enter the tee iterator"));
            }
            s.running = true;
            drop(s);
            let got = it.next();
            s = self.shared.lock()?;
            s.running = false;
            match got? {
                Some(v) => {
                    s.items.push_back(v.clone());
                    v
                }
                None => {
                    s.it = None;
                    return Ok(None);
                }
            }
        };
        if let Some(p) = s.positions.iter_mut().find(|p| p.0 == self.id) {
            p.1 = pos + 1;
        }
        s.trim();
        Ok(Some(v))
    }
}

fn tee_from(iterable: &PyAny) -> PyResult<Tee> {
    let it = iterable.iter()?;
    Tee::register(&new_shared(Some(it), VecDeque::new()), 0)
}

fn new_shared(it: Option<PyObj>, items: VecDeque<PyObj>) -> Arc<PyMutex<TeeShared>> {
    Arc::new(PyMutex::new(TeeShared { it, items, base: 0, positions: Vec::new(), next_id: 0, running: false, data: None }))
}

/// The buffer and iterator tees share, as a Python object for pickling:
/// `_tee_dataobject(iterator, values)`.
struct TeeData(Arc<PyMutex<TeeShared>>);
static TEE_DATA: NativeType<TeeData> = NativeType::new();
impl NativeClass for TeeData {
    const NAME: &'static str = "itertools._tee_dataobject";
    const DOC: &'static str = "The buffer of values that tee iterators made together share.";
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(TeeData, "__reduce__", tee_data_reduce, "The state pickle saves.")];
    fn native_type() -> &'static NativeType<Self> {
        &TEE_DATA
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let [it, values] = args.exact::<2>()?;
        if !is_iterator(it) {
            return Err(PyErr::type_error("_tee_dataobject() argument 1 must be an iterator"));
        }
        let items = values.iter_items()?.into_iter().collect();
        Ok(TeeData(new_shared(Some(it.to_owned()), items)))
    }
}

fn tee_data_reduce(this: &TeeData, args: Args) -> PyResult<PyObj> {
    args.none()?;
    pickle_warn()?;
    let (it, items) = {
        let s = this.0.lock()?;
        (s.it.clone(), s.items.iter().cloned().collect::<Vec<_>>())
    };
    let it = match it {
        Some(it) => it,
        None => tuple(&[])?.iter()?,
    };
    let values = list_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?;
    tuple_of(&[TEE_DATA.get()?, &*tuple_of(&[&it, &values])?])
}

fn tee(args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let n = match a.get(1) {
        Some(n) => ssize(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    if n == 0 {
        return tuple(&[]);
    }
    let it = a[0].iter()?;
    let first = if TEE.data(&it).is_some() {
        it
    } else if let Ok(copy) = it.getattr("__copy__") {
        drop(copy);
        it
    } else {
        TEE.wrap(tee_from(&it)?)?
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(first.call_method("__copy__", &[])?);
    }
    tuple(&out)
}

// --- zip_longest ---

struct ZipLongest {
    fill: PyMutex<PyObj>,
    its: PyMutex<Vec<Option<PyObj>>>,
}
impl ItIter for ZipLongest {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let mut fill = PyObj::none();
        for (k, v) in args.keywords() {
            if k != "fillvalue" || args.keywords().len() > 1 {
                return Err(PyErr::type_error("zip_longest() got an unexpected keyword argument"));
            }
            fill = (*v).to_owned();
        }
        let its = args.positional().iter().map(|x| x.iter().map(Some)).collect::<PyResult<Vec<_>>>()?;
        Ok(ZipLongest { fill: PyMutex::new(fill), its: PyMutex::new(its) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let fill = self.fill.lock()?.clone();
        let mut its = self.its.lock()?;
        if its.is_empty() || its.iter().all(Option::is_none) {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(its.len());
        for slot in its.iter_mut() {
            let v = match slot {
                Some(it) => match it.next()? {
                    Some(v) => v,
                    None => {
                        *slot = None;
                        fill.clone()
                    }
                },
                None => fill.clone(),
            };
            out.push(v);
        }
        if its.iter().all(Option::is_none) {
            its.clear();
            return Ok(None);
        }
        Ok(Some(tuple(&out)?))
    }
}
iter_class!(
    ZipLongest,
    ZIP_LONGEST,
    "zip_longest",
    "Zip iterables into tuples until the longest is exhausted; shorter ones are\npadded with fillvalue.",
    repr = false,
    methods = &[
        native_method!(ZipLongest, "__reduce__", zip_longest_reduce, "The state pickle saves."),
        native_method!(ZipLongest, "__setstate__", zip_longest_setstate, "Restore the state pickle saved.")
    ]
);

fn zip_longest_reduce(this: &ZipLongest, args: Args) -> PyResult<PyObj> {
    let its = this.its.lock()?.clone();
    let fill = this.fill.lock()?.clone();
    let empty = tuple(&[])?;
    let items: Vec<PyObj> = its.into_iter().map(|o| o.unwrap_or_else(|| empty.clone())).collect();
    args.none()?;
    pickle_warn()?;
    tuple_of(&[&args.slf().get_type(), &*tuple(&items)?, &fill])
}

fn zip_longest_setstate(this: &ZipLongest, args: Args) -> PyResult<()> {
    let fill = state_arg(&args)?.to_owned();
    let old = std::mem::replace(&mut *this.fill.lock()?, fill);
    drop(old);
    Ok(())
}

// --- combinatorics ---

struct CombState {
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}
impl CombState {
    fn new(indices: Vec<usize>, cycles: Vec<usize>, done: bool) -> PyMutex<CombState> {
        PyMutex::new(CombState { indices, cycles, started: false, done })
    }
}

fn pick(pool: &[PyObj], idx: &[usize]) -> PyResult<Option<PyObj>> {
    Ok(Some(tuple(&idx.iter().map(|&i| pool[i].clone()).collect::<Vec<_>>())?))
}

struct Product {
    pools: Vec<Vec<PyObj>>,
    state: PyMutex<CombState>,
}
impl ItIter for Product {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let mut repeat = 1;
        for (k, v) in args.keywords() {
            if k != "repeat" {
                return Err(PyErr::type_error(format!("product() got an unexpected keyword argument '{k}'")));
            }
            repeat = ssize(v)?;
        }
        if repeat < 0 {
            return Err(PyErr::value_error("repeat argument cannot be negative"));
        }
        let base = args.positional().iter().map(items_of).collect::<PyResult<Vec<_>>>()?;
        let mut pools = Vec::new();
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
        let done = pools.iter().any(Vec::is_empty);
        let n = pools.len();
        Ok(Product { pools, state: CombState::new(vec![0; n], Vec::new(), done) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.state.lock()?;
        if s.done {
            return Ok(None);
        }
        if s.started {
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    s.done = true;
                    return Ok(None);
                }
                i -= 1;
                s.indices[i] += 1;
                if s.indices[i] < self.pools[i].len() {
                    break;
                }
                s.indices[i] = 0;
            }
        }
        s.started = true;
        let items: Vec<PyObj> = s.indices.iter().enumerate().map(|(p, &i)| self.pools[p][i].clone()).collect();
        Ok(Some(tuple(&items)?))
    }
}
iter_class!(
    Product,
    PRODUCT,
    "product",
    "Every combination taking one item from each iterable, in the order nested for-loops give.",
    repr = false,
    methods = &[
        native_method!(Product, "__reduce__", product_reduce, "The state pickle saves."),
        native_method!(Product, "__setstate__", product_setstate, "Restore the state pickle saved.")
    ]
);

fn product_reduce(this: &Product, args: Args) -> PyResult<PyObj> {
    let (started, done, indices) = {
        let s = this.state.lock()?;
        (s.started, s.done, s.indices.clone())
    };
    if done {
        return reduced(&args, &[&*tuple(&[])?], None);
    }
    let pools = this.pools.iter().map(|p| tuple(p)).collect::<PyResult<Vec<_>>>()?;
    let pools: Vec<&PyAny> = pools.iter().map(|o| &**o).collect();
    if !started {
        return reduced(&args, &pools, None);
    }
    reduced(&args, &pools, Some(&*int_tuple(&indices)?))
}

/// A restored index, clamped into `0..=max` as CPython's setstate does.
fn clamp_index(o: &PyAny, min: i64, max: i64) -> PyResult<usize> {
    Ok(ssize(o)?.min(max).max(min) as usize)
}

fn product_setstate(this: &Product, args: Args) -> PyResult<()> {
    let st = state_arg(&args)?;
    let n = this.pools.len();
    if !st.is_tuple() || st.len()? != n {
        return Err(PyErr::value_error("invalid arguments"));
    }
    let items = st.tuple_items()?;
    let mut idx = Vec::with_capacity(n);
    for (i, o) in items.iter().enumerate() {
        let size = this.pools[i].len() as i64;
        if size == 0 {
            this.state.lock()?.done = true;
            return Ok(());
        }
        idx.push(clamp_index(o, 0, size - 1)?);
    }
    let mut s = this.state.lock()?;
    s.indices = idx;
    s.started = true;
    Ok(())
}

fn r_arg(o: &PyAny) -> PyResult<usize> {
    let r = ssize(o)?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

struct Permutations {
    pool: Vec<PyObj>,
    r: usize,
    state: PyMutex<CombState>,
}
impl ItIter for Permutations {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("permutations", &["iterable", "r"], 1))?;
        let pool = v[0].map(items_of).transpose()?.unwrap_or_default();
        let n = pool.len();
        let r = match v[1] {
            Some(r) if !r.is_none() => {
                if !r.is_int() {
                    return Err(PyErr::type_error("Expected int as r"));
                }
                r_arg(r)?
            }
            _ => n,
        };
        let cycles = if r > n { Vec::new() } else { (0..r).map(|i| n - i).collect::<Vec<_>>() };
        Ok(Permutations { pool, r, state: CombState::new((0..n).collect(), cycles, r > n) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.state.lock()?;
        if s.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        if s.started {
            let mut advanced = false;
            for i in (0..r).rev() {
                s.cycles[i] -= 1;
                if s.cycles[i] == 0 {
                    let x = s.indices.remove(i);
                    s.indices.push(x);
                    s.cycles[i] = n - i;
                } else {
                    let j = s.cycles[i];
                    s.indices.swap(i, n - j);
                    advanced = true;
                    break;
                }
            }
            if !advanced {
                s.done = true;
                return Ok(None);
            }
        }
        s.started = true;
        pick(&self.pool, &s.indices[..r])
    }
}
iter_class!(
    Permutations,
    PERMUTATIONS,
    "permutations",
    "The r-item orderings of the iterable, in input order.",
    repr = false,
    methods = &[
        native_method!(Permutations, "__reduce__", permutations_reduce, "The state pickle saves."),
        native_method!(Permutations, "__setstate__", permutations_setstate, "Restore the state pickle saved.")
    ]
);

fn permutations_reduce(this: &Permutations, args: Args) -> PyResult<PyObj> {
    let (started, done, indices, cycles) = {
        let s = this.state.lock()?;
        (s.started, s.done, s.indices.clone(), s.cycles.clone())
    };
    let r = PyObj::from(this.r);
    if !started {
        return reduced(&args, &[&*tuple(&this.pool)?, &r], None);
    }
    if done {
        return reduced(&args, &[&*tuple(&[])?, &r], None);
    }
    let st = tuple_of(&[&*int_tuple(&indices)?, &*int_tuple(&cycles)?])?;
    reduced(&args, &[&*tuple(&this.pool)?, &r], Some(&st))
}

fn permutations_setstate(this: &Permutations, args: Args) -> PyResult<()> {
    let st = state_arg(&args)?;
    let items = state_tuple(st)?;
    let tuple_t = pyk_sdk::types::tuple_type();
    if items.len() != 2 || !items[0].isinstance(&tuple_t)? || !items[1].isinstance(&tuple_t)? {
        return Err(PyErr::type_error("state is not a pair of tuples"));
    }
    let (n, r) = (this.pool.len(), this.r);
    let (ind, cyc) = (items[0].tuple_items()?, items[1].tuple_items()?);
    if ind.len() != n || cyc.len() != r {
        return Err(PyErr::value_error("invalid arguments"));
    }
    let indices = ind.iter().map(|o| clamp_index(o, 0, n as i64 - 1)).collect::<PyResult<Vec<_>>>()?;
    let cycles = cyc.iter().enumerate().map(|(i, o)| clamp_index(o, 1, (n - i) as i64)).collect::<PyResult<Vec<_>>>()?;
    let mut s = this.state.lock()?;
    s.indices = indices;
    s.cycles = cycles;
    s.started = true;
    Ok(())
}

struct Combinations {
    pool: Vec<PyObj>,
    r: usize,
    replace: bool,
    state: PyMutex<CombState>,
}
fn comb_create(args: Args, name: &'static str, replace: bool) -> PyResult<Combinations> {
    let sig = Signature::simple(name, &["iterable", "r"], 2);
    let v = args.bind(&sig)?;
    let pool = v[0].map(items_of).transpose()?.unwrap_or_default();
    let r = v[1].map(r_arg).transpose()?.unwrap_or(0);
    let n = pool.len();
    let done = if replace { n == 0 && r > 0 } else { r > n };
    let indices = if replace { vec![0; r] } else { (0..r).collect() };
    Ok(Combinations { pool, r, replace, state: CombState::new(indices, Vec::new(), done) })
}
impl Combinations {
    fn advance(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.state.lock()?;
        if s.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        if s.started {
            let limit = |i: usize| if self.replace { n - 1 } else { i + n - r };
            let Some(i) = (0..r).rev().find(|&i| s.indices[i] != limit(i)) else {
                s.done = true;
                return Ok(None);
            };
            if self.replace {
                let v = s.indices[i] + 1;
                for j in i..r {
                    s.indices[j] = v;
                }
            } else {
                s.indices[i] += 1;
                for j in i + 1..r {
                    s.indices[j] = s.indices[j - 1] + 1;
                }
            }
        }
        s.started = true;
        pick(&self.pool, &s.indices)
    }
}
impl ItIter for Combinations {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        comb_create(args, "combinations", false)
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        self.advance()
    }
}
iter_class!(
    Combinations,
    COMBINATIONS,
    "combinations",
    "The r-item combinations of the iterable, in input order.",
    repr = false,
    methods = &[
        native_method!(Combinations, "__reduce__", combinations_reduce, "The state pickle saves."),
        native_method!(Combinations, "__setstate__", combinations_setstate, "Restore the state pickle saved.")
    ]
);

impl Combinations {
    fn reduce(&self, args: Args) -> PyResult<PyObj> {
        let (started, done, indices) = {
            let s = self.state.lock()?;
            (s.started, s.done, s.indices.clone())
        };
        let r = PyObj::from(self.r);
        if !started {
            return reduced(&args, &[&*tuple(&self.pool)?, &r], None);
        }
        if done {
            return reduced(&args, &[&*tuple(&[])?, &r], None);
        }
        reduced(&args, &[&*tuple(&self.pool)?, &r], Some(&*int_tuple(&indices)?))
    }
    fn setstate(&self, args: Args) -> PyResult<()> {
        let st = state_arg(&args)?;
        let (n, r) = (self.pool.len() as i64, self.r);
        if !st.is_tuple() || st.len()? != r {
            return Err(PyErr::value_error("invalid arguments"));
        }
        let items = st.tuple_items()?;
        let indices = items
            .iter()
            .enumerate()
            .map(|(i, o)| clamp_index(o, 0, if self.replace { n - 1 } else { i as i64 + n - r as i64 }))
            .collect::<PyResult<Vec<_>>>()?;
        let mut s = self.state.lock()?;
        s.indices = indices;
        s.started = true;
        Ok(())
    }
}

fn combinations_reduce(this: &Combinations, args: Args) -> PyResult<PyObj> {
    this.reduce(args)
}
fn combinations_setstate(this: &Combinations, args: Args) -> PyResult<()> {
    this.setstate(args)
}
fn cwr_reduce(this: &CombinationsWR, args: Args) -> PyResult<PyObj> {
    this.0.reduce(args)
}
fn cwr_setstate(this: &CombinationsWR, args: Args) -> PyResult<()> {
    this.0.setstate(args)
}

struct CombinationsWR(Combinations);
impl ItIter for CombinationsWR {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        comb_create(args, "combinations_with_replacement", true).map(CombinationsWR)
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        self.0.advance()
    }
}
iter_class!(
    CombinationsWR,
    COMBINATIONS_WR,
    "combinations_with_replacement",
    "The r-item combinations of the iterable, an item allowed to appear more than once.",
    repr = false,
    methods = &[
        native_method!(CombinationsWR, "__reduce__", cwr_reduce, "The state pickle saves."),
        native_method!(CombinationsWR, "__setstate__", cwr_setstate, "Restore the state pickle saved.")
    ]
);

// --- batched ---

struct Batched {
    it: PyMutex<Option<PyObj>>,
    n: usize,
    strict: bool,
}
impl ItIter for Batched {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        const SIG: Signature =
            Signature { name: "batched", params: &["iterable", "n", "strict"], posonly: 0, kwonly: 2, required: 2, required_kwonly: 0 };
        let v = args.bind(&SIG)?;
        let n = v[1].map(ssize).transpose()?.unwrap_or(1);
        if n < 1 {
            return Err(PyErr::value_error("n must be at least one"));
        }
        let it = v[0].map(PyAny::iter).transpose()?;
        let strict = v[2].map(PyAny::is_true).transpose()?.unwrap_or(false);
        Ok(Batched { it: PyMutex::new(it), n: n as usize, strict })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.it.lock()?;
        let Some(it) = s.clone() else { return Ok(None) };
        let mut items = Vec::with_capacity(self.n.min(1024));
        while items.len() < self.n {
            match it.next()? {
                Some(v) => items.push(v),
                None => {
                    *s = None;
                    break;
                }
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        if self.strict && items.len() < self.n {
            return Err(PyErr::value_error("batched(): incomplete batch"));
        }
        Ok(Some(tuple(&items)?))
    }
}
iter_class!(Batched, BATCHED, "batched", "Group the items of an iterable into tuples of n items; the final tuple can hold fewer.");

static FUNCTIONS: &[NativeFnDef] = &[native_fn!(MODULE, "tee", tee, "Split one iterable into a tuple of n iterators that each yield all of its items.")];

/// Creates the `itertools` module.
pub fn create() -> PyResult<PyObj> {
    let m = ModuleBuilder::new(MODULE, "Building blocks for iterator pipelines.")?
        .functions(FUNCTIONS)?
        .class::<Count>()?
        .class::<Cycle>()?
        .class::<Repeat>()?
        .class::<Accumulate>()?
        .class::<Chain>()?
        .class::<Compress>()?
        .class::<DropWhile>()?
        .class::<TakeWhile>()?
        .class::<FilterFalse>()?
        .class::<GroupBy>()?
        .class::<ISlice>()?
        .class::<Pairwise>()?
        .class::<StarMap>()?
        .class::<ZipLongest>()?
        .class::<Product>()?
        .class::<Permutations>()?
        .class::<Combinations>()?
        .class::<CombinationsWR>()?
        .class::<Batched>()?;
    // Instantiated types that are not module attributes under these names.
    let grouper_t = GROUPER.get()?;
    let tee_t = TEE.get()?;
    let data_t = TEE_DATA.get()?;
    m.object("_grouper", grouper_t)?.object("_tee", tee_t)?.object("_tee_dataobject", data_t)?.finish()
}
