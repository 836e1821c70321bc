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
iter_class!(Count, COUNT, "count", "Return a count object whose .__next__() method returns consecutive values.", repr = true);

// --- cycle ---

struct CycleState {
    it: Option<PyObj>,
    saved: Vec<PyObj>,
    index: usize,
}
struct Cycle(PyMutex<CycleState>);

impl ItIter for Cycle {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let [x] = args.exact::<1>()?;
        Ok(Cycle(PyMutex::new(CycleState { it: Some(x.iter()?), saved: Vec::new(), index: 0 })))
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.0.lock()?;
        if let Some(it) = &s.it {
            if let Some(v) = it.next()? {
                s.saved.push(v.clone());
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
iter_class!(Cycle, CYCLE, "cycle", "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");

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
iter_class!(Repeat, REPEAT, "repeat", "repeat(object [,times]) -> iterator yielding object times times, or forever\nwhen times is not given.", repr = true);

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
iter_class!(Accumulate, ACCUMULATE, "accumulate", "Return series of accumulated sums (or other binary function results).");

// --- chain ---

struct ChainState {
    source: Option<PyObj>,
    active: Option<PyObj>,
}
struct Chain(PyMutex<ChainState>);

impl ItIter for Chain {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
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
    methods = &[native_fn!(
        "chain",
        "from_iterable",
        chain_from_iterable,
        "Alternative chain() constructor taking a single iterable argument that evaluates lazily."
    )]
);

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
iter_class!(Compress, COMPRESS, "compress", "Return data elements corresponding to true selector elements.");

struct DropWhile {
    pred: PyObj,
    it: PyObj,
    dropping: PyMutex<bool>,
}
impl ItIter for DropWhile {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
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
iter_class!(DropWhile, DROPWHILE, "dropwhile", "Drop items from the iterable while predicate(item) is true.");

struct TakeWhile {
    pred: PyObj,
    it: PyObj,
    stopped: PyMutex<bool>,
}
impl ItIter for TakeWhile {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
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
iter_class!(TakeWhile, TAKEWHILE, "takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");

struct FilterFalse {
    pred: Option<PyObj>,
    it: PyObj,
}
impl ItIter for FilterFalse {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
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
iter_class!(FilterFalse, FILTERFALSE, "filterfalse", "Return those items of iterable for which function(item) is false.");

struct StarMap {
    func: PyObj,
    it: PyObj,
}
impl ItIter for StarMap {
    fn create(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let [f, x] = args.exact::<2>()?;
        Ok(StarMap { func: f.to_owned(), it: x.iter()? })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
        let Some(v) = self.it.next()? else { return Ok(None) };
        let items = if v.is_tuple() { v.tuple_items()? } else { items_of(&v)? };
        Ok(Some(self.func.call(&items.iter().map(|o| &**o).collect::<Vec<_>>())?))
    }
}
iter_class!(StarMap, STARMAP, "starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");

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
    fn advance(&self, s: &mut GroupState) -> PyResult<bool> {
        let Some(v) = self.it.next()? else { return Ok(false) };
        let k = match &self.keyfunc {
            None => v.clone(),
            Some(f) => f.call(&[&v])?,
        };
        s.currvalue = Some(v);
        s.currkey = Some(k);
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
    const DOC: &'static str = "make an iterator that returns consecutive keys and groups from the iterable";
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
        let mut s = self.state.lock()?;
        s.generation += 1;
        loop {
            match (&s.currkey, &s.tgtkey) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !t.compare(c, ops::EQ)? {
                        break;
                    }
                }
            }
            if !self.advance(&mut s)? {
                return Ok(None);
            }
        }
        let key = s.currkey.clone().unwrap_or_else(PyObj::none);
        s.tgtkey = Some(key.clone());
        let generation = s.generation;
        drop(s);
        let grouper = GROUPER.wrap(Grouper { parent: slf.to_owned(), tgtkey: key.clone(), generation })?;
        Ok(Some(tuple(&[key, grouper])?))
    }
}

struct Grouper {
    parent: PyObj,
    tgtkey: PyObj,
    generation: u64,
}
static GROUPER: NativeType<Grouper> = NativeType::new();
impl NativeClass for Grouper {
    const NAME: &'static str = "itertools._grouper";
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    fn native_type() -> &'static NativeType<Self> {
        &GROUPER
    }
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        let Some(gb) = GROUPBY.data(&self.parent) else { return Ok(None) };
        let mut s = gb.state.lock()?;
        if s.generation != self.generation {
            return Ok(None);
        }
        if s.currvalue.is_none() && !gb.advance(&mut s)? {
            return Ok(None);
        }
        let Some(c) = &s.currkey else { return Ok(None) };
        if !self.tgtkey.compare(c, ops::EQ)? {
            return Ok(None);
        }
        Ok(s.currvalue.take())
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
iter_class!(ISlice, ISLICE, "islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object");

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
    fn step(&self) -> PyResult<Option<PyObj>> {
        let mut s = self.0.lock()?;
        let Some(it) = s.it.clone() else { return Ok(None) };
        let old = match s.old.take() {
            Some(o) => o,
            None => match it.next()? {
                Some(o) => o,
                None => {
                    s.it = None;
                    return Ok(None);
                }
            },
        };
        let Some(new) = it.next()? else {
            s.it = None;
            return Ok(None);
        };
        s.old = Some(new.clone());
        Ok(Some(tuple(&[old, new])?))
    }
}
iter_class!(Pairwise, PAIRWISE, "pairwise", "Return an iterator of overlapping pairs taken from the input iterator.");

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

fn tee_copy(this: &Tee, args: Args) -> PyResult<PyObj> {
    args.none()?;
    TEE.wrap(this.copy()?)
}

static TEE: NativeType<Tee> = NativeType::new();
impl NativeClass for Tee {
    const NAME: &'static str = "itertools._tee";
    const DOC: &'static str = "Iterator wrapped to make it copyable.";
    const HAS_NEW: bool = true;
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(Tee, "__copy__", tee_copy, "Returns an independent iterator.")];
    fn native_type() -> &'static NativeType<Self> {
        &TEE
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let [x] = args.exact::<1>()?;
        tee_from(x)
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
    let shared = Arc::new(PyMutex::new(TeeShared { it: Some(it), items: VecDeque::new(), base: 0, positions: Vec::new(), next_id: 0, running: false }));
    Tee::register(&shared, 0)
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
    fill: PyObj,
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
        Ok(ZipLongest { fill, its: PyMutex::new(its) })
    }
    fn step(&self) -> PyResult<Option<PyObj>> {
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
                        self.fill.clone()
                    }
                },
                None => self.fill.clone(),
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
iter_class!(ZipLongest, ZIP_LONGEST, "zip_longest", "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.");

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
iter_class!(Product, PRODUCT, "product", "Cartesian product of input iterables.  Equivalent to nested for-loops.");

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
iter_class!(Permutations, PERMUTATIONS, "permutations", "Return successive r-length permutations of elements in the iterable.");

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
iter_class!(Combinations, COMBINATIONS, "combinations", "Return successive r-length combinations of elements in the iterable.");

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
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."
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
iter_class!(Batched, BATCHED, "batched", "Batch data into tuples of length n. The last batch may be shorter than n.");

static FUNCTIONS: &[NativeFnDef] = &[native_fn!(MODULE, "tee", tee, "Returns a tuple of n independent iterators.")];

/// Creates the `itertools` module.
pub fn create() -> PyResult<PyObj> {
    let m = ModuleBuilder::new(MODULE, "Functional tools for creating and using iterators.")?
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
    GROUPER.get()?;
    let tee_t = TEE.get()?;
    m.object("_tee", tee_t)?.finish()
}
