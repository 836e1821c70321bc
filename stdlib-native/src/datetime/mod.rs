//! `_datetime`: CPython 3.13's C accelerator of `datetime`, in Rust.
//!
//! Shape. The SDK's native types have `object` as their only base and fill
//! few operator slots, while `datetime` needs a class hierarchy (`datetime`
//! is a `date`, `timezone` a `tzinfo`), every arithmetic operator,
//! classmethods and class attributes. So one native BASETYPE type,
//! `_datetime._base`, holds the data of every instance (the [`Dt`] enum),
//! and the public classes are thin Python classes over it (`SHELL_SRC`, run
//! once) whose methods are native functions: each method table sits on a
//! never-instantiated holder type (`*M` below), whose method descriptors are
//! copied into the public class. Those descriptors read the instance's data
//! through `_base`, so they work on any instance. Python classes dispatch
//! every dunder through their MRO, which gives the operators for free.
//! Classmethods are module-level native functions wrapped in `classmethod`.
//!
//! Files: `calc.rs` calendar arithmetic, `delta.rs` timedelta, `date.rs`
//! date and datetime, `time.rs` time, `tz.rs` tzinfo/timezone and the
//! utcoffset protocol, `iso.rs` ISO 8601 parsing and formatting.

mod calc;
mod date;
mod delta;
mod iso;
mod time;
mod tz;

use std::sync::OnceLock;

use pyk_sdk::prelude::*;

pub use calc::Delta;

/// A time of day with its tzinfo (shared by `time` and `datetime`).
#[derive(Clone)]
pub struct Tm {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub fold: i64,
    pub tz: Option<PyObj>,
}

impl Tm {
    pub fn tz_obj(&self) -> PyObj {
        self.tz.clone().unwrap_or_else(PyObj::none)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Ymd {
    pub y: i64,
    pub m: i64,
    pub d: i64,
}

impl Ymd {
    pub fn ord(self) -> i64 {
        calc::ymd_to_ord(self.y, self.m, self.d)
    }
    pub fn from_ord(o: i64) -> Ymd {
        let (y, m, d) = calc::ord_to_ymd(o);
        Ymd { y, m, d }
    }
}

/// The data of every `_datetime` instance.
pub enum Dt {
    Delta(Delta),
    Date(Ymd),
    Time(Tm),
    DateTime(Ymd, Tm),
    TzInfo,
    Timezone { off: Delta, name: Option<PyObj> },
}

pub struct Base(pub Dt);

static BASE: NativeType<Base> = NativeType::new();

impl NativeClass for Base {
    const NAME: &'static str = "_datetime._base";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    fn native_type() -> &'static NativeType<Self> {
        &BASE
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = match kind_of_class(cls)? {
            Kind::Date => date::date_new(args)?,
            Kind::DateTime => date::datetime_new(args)?,
            Kind::Time => time::time_new(args)?,
            Kind::Delta => delta::delta_new(args)?,
            Kind::TzInfo => Dt::TzInfo,
            Kind::Timezone => return Err(PyErr::type_error("cannot create 'datetime.timezone' instances this way")),
        };
        Ok(Base(v))
    }
}

/// `X.__new__(cls, ...)` of the classes other than timezone.
fn base_new(args: Args) -> PyResult<PyObj> {
    let pos = args.positional();
    let Some(cls) = pos.first() else {
        return Err(PyErr::type_error("__new__(): not enough arguments"));
    };
    let Ok(name) = cls.getattr("__name__") else {
        return Err(PyErr::type_error(format!("__new__(X): X is not a type object ({})", tp_name(cls)?)));
    };
    let _ = name;
    let inner = Args::new("", "__new__", cls, &pos[1..], args.keywords().to_vec());
    let v = Base::new(cls, inner)?;
    BASE.wrap_in(cls, v)
}

static BASE_NEW: NativeFnDef = crate::dt_method!("__new__", base_new);

/// The data of a `_datetime` instance.
pub fn data(o: &PyAny) -> Option<&Dt> {
    BASE.data(o).map(|b| &b.0)
}

pub fn as_delta(o: &PyAny) -> Option<Delta> {
    match data(o) {
        Some(Dt::Delta(d)) => Some(*d),
        _ => None,
    }
}

/// The date part of a date or datetime.
pub fn as_date(o: &PyAny) -> Option<Ymd> {
    match data(o) {
        Some(Dt::Date(d)) | Some(Dt::DateTime(d, _)) => Some(*d),
        _ => None,
    }
}

pub fn as_datetime(o: &PyAny) -> Option<(Ymd, &Tm)> {
    match data(o) {
        Some(Dt::DateTime(d, t)) => Some((*d, t)),
        _ => None,
    }
}

pub fn as_time(o: &PyAny) -> Option<&Tm> {
    match data(o) {
        Some(Dt::Time(t)) => Some(t),
        _ => None,
    }
}

pub fn is_tzinfo(o: &PyAny) -> bool {
    matches!(data(o), Some(Dt::TzInfo) | Some(Dt::Timezone { .. }))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Date,
    DateTime,
    Time,
    Delta,
    TzInfo,
    Timezone,
}

/// The public classes, made once per process (classes are immortal).
pub struct Classes {
    pub date: PyObj,
    pub datetime: PyObj,
    pub time: PyObj,
    pub delta: PyObj,
    pub tzinfo: PyObj,
    pub timezone: PyObj,
    pub isocal: PyObj,
    pub utc: PyObj,
}

static CLASSES: OnceLock<Classes> = OnceLock::new();

pub fn k() -> &'static Classes {
    CLASSES.get().expect("_datetime classes are made when the module is created")
}

fn kind_of_class(cls: &PyAny) -> PyResult<Kind> {
    let c = k();
    let table = [
        (&c.datetime, Kind::DateTime),
        (&c.date, Kind::Date),
        (&c.time, Kind::Time),
        (&c.delta, Kind::Delta),
        (&c.timezone, Kind::Timezone),
        (&c.tzinfo, Kind::TzInfo),
    ];
    for (t, kind) in table.iter() {
        if cls.is(t) {
            return Ok(*kind);
        }
    }
    let mro = cls.getattr("__mro__")?.tuple_items()?;
    for m in &mro {
        for (t, kind) in table.iter() {
            if m.is(t) {
                return Ok(*kind);
            }
        }
    }
    Err(PyErr::type_error("cannot create '_datetime._base' instances"))
}

/// A new instance of `cls` holding `v` (no constructor call).
pub fn wrap(cls: &PyAny, v: Dt) -> PyResult<PyObj> {
    BASE.wrap_in(cls, Base(v))
}

pub fn new_delta(d: Delta) -> PyResult<PyObj> {
    wrap(&k().delta, Dt::Delta(d))
}

/// A timedelta from microseconds, OverflowError when out of range.
pub fn delta_from_us(total: i128) -> PyResult<PyObj> {
    match Delta::from_us(total) {
        Some(d) => new_delta(d),
        None => Err(days_overflow(total.div_euclid(calc::US_PER_DAY as i128))),
    }
}

pub fn days_overflow(days: i128) -> PyErr {
    if days > i32::MAX as i128 || days < i32::MIN as i128 {
        PyErr::overflow_error("Python int too large to convert to C int")
    } else {
        PyErr::overflow_error(format!("days={days}; must have magnitude <= 999999999"))
    }
}

/// `cls(y, m, d)`: made directly for `date` itself, by calling a subclass.
pub fn new_date_cls(cls: &PyAny, d: Ymd) -> PyResult<PyObj> {
    if cls.is(&k().date) {
        check_date(d.y, d.m, d.d)?;
        return wrap(cls, Dt::Date(d));
    }
    cls.call(&[&PyObj::from(d.y), &PyObj::from(d.m), &PyObj::from(d.d)])
}

pub fn new_datetime_cls(cls: &PyAny, d: Ymd, t: Tm) -> PyResult<PyObj> {
    if cls.is(&k().datetime) {
        check_date(d.y, d.m, d.d)?;
        return wrap(cls, Dt::DateTime(d, t));
    }
    let tz = t.tz_obj();
    let args: Vec<PyObj> = [d.y, d.m, d.d, t.h, t.mi, t.s, t.us].iter().map(|v| PyObj::from(*v)).collect();
    let mut refs: Vec<&PyAny> = args.iter().map(|a| &**a).collect();
    refs.push(&tz);
    if t.fold != 0 {
        cls.call_kw(&refs, &[("fold", &PyObj::from(t.fold))])
    } else {
        cls.call(&refs)
    }
}

pub fn new_time_cls(cls: &PyAny, t: Tm) -> PyResult<PyObj> {
    if cls.is(&k().time) {
        return wrap(cls, Dt::Time(t));
    }
    let tz = t.tz_obj();
    let args: Vec<PyObj> = [t.h, t.mi, t.s, t.us].iter().map(|v| PyObj::from(*v)).collect();
    let mut refs: Vec<&PyAny> = args.iter().map(|a| &**a).collect();
    refs.push(&tz);
    if t.fold != 0 {
        cls.call_kw(&refs, &[("fold", &PyObj::from(t.fold))])
    } else {
        cls.call(&refs)
    }
}

pub fn check_date(y: i64, m: i64, d: i64) -> PyResult<()> {
    if !(calc::MINYEAR..=calc::MAXYEAR).contains(&y) {
        return Err(PyErr::value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(PyErr::value_error("month must be in 1..12"));
    }
    if d < 1 || d > calc::days_in_month(y, m) {
        return Err(PyErr::value_error("day is out of range for month"));
    }
    Ok(())
}

pub fn check_time(h: i64, mi: i64, s: i64, us: i64, fold: i64) -> PyResult<()> {
    if !(0..=23).contains(&h) {
        return Err(PyErr::value_error("hour must be in 0..23"));
    }
    if !(0..=59).contains(&mi) {
        return Err(PyErr::value_error("minute must be in 0..59"));
    }
    if !(0..=59).contains(&s) {
        return Err(PyErr::value_error("second must be in 0..59"));
    }
    if !(0..=999_999).contains(&us) {
        return Err(PyErr::value_error("microsecond must be in 0..999999"));
    }
    if fold != 0 && fold != 1 {
        return Err(PyErr::value_error("fold must be either 0 or 1"));
    }
    Ok(())
}

/// None, or a tzinfo instance; TypeError otherwise.
pub fn check_tzinfo(o: &PyAny) -> PyResult<Option<PyObj>> {
    if o.is_none() {
        return Ok(None);
    }
    if is_tzinfo(o) {
        return Ok(Some(o.to_owned()));
    }
    Err(PyErr::type_error(format!("tzinfo argument must be None or of a tzinfo subclass, not type '{}'", tp_name(o)?)))
}

/// An argument converted as C's "i" format: `__index__`, C int range.
pub fn c_int(o: &PyAny) -> PyResult<i64> {
    if o.is_float() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = o.to_i64().map_err(|e| {
        if e.matches(ExcKind::OverflowError) {
            PyErr::overflow_error("signed integer is greater than maximum")
        } else {
            e
        }
    })?;
    if v > i32::MAX as i64 {
        return Err(PyErr::overflow_error("signed integer is greater than maximum"));
    }
    if v < i32::MIN as i64 {
        return Err(PyErr::overflow_error("signed integer is less than minimum"));
    }
    Ok(v)
}

/// Binds a constructor's arguments, with the messages of C's
/// `PyArg_ParseTupleAndKeywords` for an unnamed format ("function ...").
pub fn bind_ctor<'a>(args: &Args<'a>, sig: &Signature, nint: usize) -> PyResult<Vec<Option<&'a PyAny>>> {
    // C converts the positional arguments in order before it finds a missing one.
    let pos = args.positional();
    if pos.len() <= sig.kwonly {
        for p in pos.iter().take(nint) {
            c_int(p)?;
        }
    }
    args.bind(sig).map_err(|e| match e.message() {
        Some(m) if e.matches(ExcKind::TypeError) && m.starts_with(&format!("{}() ", sig.name)) => {
            PyErr::type_error(format!("function {}", &m[sig.name.len() + 3..]))
        }
        _ => e,
    })
}

/// The positional and keyword arguments bound to a signature.
pub fn bind<'a>(args: &Args<'a>, name: &'static str, params: &'static [&'static str], kwonly: usize) -> PyResult<Vec<Option<&'a PyAny>>> {
    let sig = Signature { name, params, posonly: 0, kwonly, required: 0, required_kwonly: 0 };
    args.bind(&sig)
}

/// The name a repr gives the type: `datetime.X` for the module's own
/// classes, the bare `__name__` for subclasses (CPython's `tp_name`).
pub fn type_repr_name(o: &PyAny) -> PyResult<String> {
    let t = o.get_type();
    let c = k();
    for base in [&c.date, &c.datetime, &c.time, &c.delta, &c.tzinfo, &c.timezone, &c.isocal] {
        if t.is(base) {
            return Ok(format!("datetime.{}", t.getattr("__name__")?.as_str()?));
        }
    }
    Ok(t.getattr("__name__")?.as_str()?.to_owned())
}

/// A bad argument's type as C's argument parser names it ("None" for None).
pub fn arg_name(o: &PyAny) -> PyResult<String> {
    if o.is_none() {
        Ok("None".to_owned())
    } else {
        tp_name(o)
    }
}

/// A type's name as CPython's `tp_name` gives it (`datetime.date`, `int`, `MyClass`).
pub fn tp_name(o: &PyAny) -> PyResult<String> {
    type_repr_name(o)
}

pub fn not_implemented() -> PyResult<PyObj> {
    pyk_sdk::types::builtin("NotImplemented")
}

/// A method calling `fn(Args)` with the instance as `args.slf()`; with a
/// class name first, argument-count errors name `class.method` as C's do.
#[macro_export]
macro_rules! dt_method {
    ($cls:expr, $name:expr, $f:path) => {
        pyk_sdk::NativeFnDef {
            name: abi_stable::std_types::RStr::from_str($name),
            doc: abi_stable::std_types::RStr::from_str(""),
            func: {
                unsafe extern "C" fn __dt_method(
                    slf: pyk_abi::Value,
                    args: *const pyk_abi::Value,
                    nargs: usize,
                    kwnames: pyk_abi::Value,
                ) -> pyk_abi::Value {
                    // SAFETY: the kernel calls a NativeFn with the arguments trampoline expects.
                    unsafe { pyk_sdk::module::trampoline($cls, $name, slf, args, nargs, kwnames, $f) }
                }
                __dt_method
            },
        }
    };
    ($name:expr, $f:path) => {
        $crate::dt_method!("", $name, $f)
    };
}

/// A never-instantiated native type carrying a method table.
macro_rules! holder {
    ($t:ident, $st:ident, $name:expr, $methods:expr, $getters:expr) => {
        pub struct $t;
        static $st: NativeType<$t> = NativeType::new();
        impl NativeClass for $t {
            const NAME: &'static str = $name;
            const METHODS: &'static [NativeFnDef] = $methods;
            const GETTERS: &'static [NativeFnDef] = $getters;
            fn native_type() -> &'static NativeType<Self> {
                &$st
            }
        }
    };
}

holder!(DeltaM, DELTA_M, "_datetime._timedelta_methods", delta::METHODS, delta::GETTERS);
holder!(DateM, DATE_M, "_datetime._date_methods", date::DATE_METHODS, date::DATE_GETTERS);
holder!(DateTimeM, DATETIME_M, "_datetime._datetime_methods", date::DATETIME_METHODS, date::DATETIME_GETTERS);
holder!(TimeM, TIME_M, "_datetime._time_methods", time::METHODS, time::GETTERS);
holder!(TzInfoM, TZINFO_M, "_datetime._tzinfo_methods", tz::TZINFO_METHODS, &[]);
holder!(TimezoneM, TIMEZONE_M, "_datetime._timezone_methods", tz::TIMEZONE_METHODS, &[]);

/// Copies a holder's methods and getters into `cls`, and wraps the
/// module-level functions `classmethods` as its classmethods.
fn install(cls: &PyAny, holder: &PyAny, methods: &[NativeFnDef], getters: &[NativeFnDef], classmethods: &'static [NativeFnDef], module: &PyAny) -> PyResult<()> {
    let dict = holder.getattr("__dict__")?;
    for def in methods.iter().chain(getters.iter()) {
        let name = def.name.as_str();
        let f = dict.getitem(&PyObj::from(name))?;
        cls.setattr(name, &f)?;
    }
    let classmethod = pyk_sdk::types::builtin("classmethod")?;
    for def in classmethods {
        let f = pyk_sdk::module::function(def, module)?;
        cls.setattr(def.name.as_str(), &*classmethod.call(&[&f])?)?;
    }
    Ok(())
}

/// The class hierarchy, written in Python; the methods are added from Rust.
const SHELL_SRC: &str = r#"
class date(_base):
    """date(year, month, day) --> date object"""
    __slots__ = ()


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

year, month and day must be given; the time fields are ints that
default to 0, and tzinfo is None or a tzinfo instance.
"""
    __slots__ = ()


class time(_base):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

Every field may be left out: the numeric ones are ints defaulting to 0,
tzinfo is None or a tzinfo instance.
"""
    __slots__ = ()


class timedelta(_base):
    """A duration: the difference of two dates or datetimes.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

Each argument defaults to 0 and may be an int or a float of either sign;
they are added up into days, seconds and microseconds."""
    __slots__ = ()


class tzinfo(_base):
    """Base for time zone classes; subclasses supply the offsets."""

    def __repr__(self):
        return object.__repr__(self)
    __slots__ = ()


class timezone(tzinfo):
    """A tzinfo with a constant offset from UTC."""
    __slots__ = ()


    def __init_subclass__(cls, /, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        name = 'datetime.IsoCalendarDate' if type(self) is IsoCalendarDate else type(self).__name__
        return f'{name}(year={self[0]}, week={self[1]}, weekday={self[2]})'

    def __reduce__(self):
        return (tuple, (tuple(self),))

# The module's own classes take no new attributes (CPython's have no
# __dict__); their Python subclasses do.
def __setattr__(self, name, value):
    cls = type(self)
    if cls in _sealed and not hasattr(cls, name):
        raise AttributeError(f"'datetime.{cls.__name__}' object has no attribute '{name}' and no __dict__ for setting new attributes")
    object.__setattr__(self, name, value)

_sealed = frozenset((date, datetime, time, timedelta, tzinfo, timezone))
for _c in (date, time, timedelta, tzinfo):
    _c.__setattr__ = __setattr__
# Leave only what the C types show in their __dict__ (plus __module__).
for _c in (date, datetime, time, timedelta, tzinfo, timezone, IsoCalendarDate):
    for _n in ('__firstlineno__', '__static_attributes__'):
        if _n in _c.__dict__:
            delattr(_c, _n)
del _base, _c, _n, __setattr__
"#;

fn make_classes(module: &PyAny) -> PyResult<Classes> {
    let ns = pyk_sdk::types::new_dict()?;
    ns.setitem(&PyObj::from("__name__"), &PyObj::from("datetime"))?;
    ns.setitem(&PyObj::from("__builtins__"), &*pyk_sdk::types::import("builtins")?)?;
    ns.setitem(&PyObj::from("_base"), BASE.get()?)?;
    pyk_sdk::types::builtin("exec")?.call(&[&PyObj::from(SHELL_SRC), &ns])?;
    let get = |n: &str| ns.getitem(&PyObj::from(n));
    let c = Classes {
        date: get("date")?,
        datetime: get("datetime")?,
        time: get("time")?,
        delta: get("timedelta")?,
        tzinfo: get("tzinfo")?,
        timezone: get("timezone")?,
        isocal: get("IsoCalendarDate")?,
        utc: PyObj::none(),
    };
    install(&c.delta, DELTA_M.get()?, delta::METHODS, delta::GETTERS, &[], module)?;
    install(&c.date, DATE_M.get()?, date::DATE_METHODS, date::DATE_GETTERS, date::DATE_CLASSMETHODS, module)?;
    install(&c.datetime, DATETIME_M.get()?, date::DATETIME_METHODS, date::DATETIME_GETTERS, date::DATETIME_CLASSMETHODS, module)?;
    install(&c.time, TIME_M.get()?, time::METHODS, time::GETTERS, time::CLASSMETHODS, module)?;
    install(&c.tzinfo, TZINFO_M.get()?, tz::TZINFO_METHODS, &[], &[], module)?;
    install(&c.timezone, TIMEZONE_M.get()?, tz::TIMEZONE_METHODS, &[], &[], module)?;
    let staticmethod = pyk_sdk::types::builtin("staticmethod")?;
    let base_new = staticmethod.call(&[&*pyk_sdk::module::function(&BASE_NEW, module)?])?;
    for cls in [&c.date, &c.datetime, &c.time, &c.delta, &c.tzinfo] {
        cls.setattr("__new__", &base_new)?;
    }
    // `timezone(timedelta(0))` is the `utc` singleton: a `__new__` of its own.
    let new = pyk_sdk::module::function(&tz::TIMEZONE_NEW, module)?;
    c.timezone.setattr("__new__", &*pyk_sdk::types::builtin("staticmethod")?.call(&[&new])?)?;
    Ok(c)
}

/// Class attributes (`min`, `max`, `resolution`, `timezone.utc`), set once
/// the classes exist.
fn class_attributes(c: &Classes) -> PyResult<()> {
    let day = Delta { days: 1, secs: 0, us: 0 };
    c.delta.setattr("min", &*new_delta(Delta { days: -calc::MAX_DELTA_DAYS, secs: 0, us: 0 })?)?;
    c.delta.setattr("max", &*new_delta(Delta { days: calc::MAX_DELTA_DAYS, secs: 86_399, us: 999_999 })?)?;
    c.delta.setattr("resolution", &*new_delta(Delta { days: 0, secs: 0, us: 1 })?)?;
    c.date.setattr("min", &*wrap(&c.date, Dt::Date(Ymd { y: 1, m: 1, d: 1 }))?)?;
    c.date.setattr("max", &*wrap(&c.date, Dt::Date(Ymd { y: 9999, m: 12, d: 31 }))?)?;
    c.date.setattr("resolution", &*new_delta(day)?)?;
    let tm = |h, mi, s, us| Tm { h, mi, s, us, fold: 0, tz: None };
    c.time.setattr("min", &*wrap(&c.time, Dt::Time(tm(0, 0, 0, 0)))?)?;
    c.time.setattr("max", &*wrap(&c.time, Dt::Time(tm(23, 59, 59, 999_999)))?)?;
    c.time.setattr("resolution", &*new_delta(Delta { days: 0, secs: 0, us: 1 })?)?;
    c.datetime.setattr("min", &*wrap(&c.datetime, Dt::DateTime(Ymd { y: 1, m: 1, d: 1 }, tm(0, 0, 0, 0)))?)?;
    c.datetime.setattr("max", &*wrap(&c.datetime, Dt::DateTime(Ymd { y: 9999, m: 12, d: 31 }, tm(23, 59, 59, 999_999)))?)?;
    c.datetime.setattr("resolution", &*new_delta(Delta { days: 0, secs: 0, us: 1 })?)?;
    c.timezone.setattr("utc", &c.utc)?;
    let m = 23 * 3600 + 59 * 60;
    c.timezone.setattr("min", &*wrap(&c.timezone, Dt::Timezone { off: Delta { days: -1, secs: 86_400 - m, us: 0 }, name: None })?)?;
    c.timezone.setattr("max", &*wrap(&c.timezone, Dt::Timezone { off: Delta { days: 0, secs: m, us: 0 }, name: None })?)?;
    Ok(())
}

pub fn create() -> PyResult<PyObj> {
    let b = ModuleBuilder::new("_datetime", "Fast implementation of the datetime module.")?;
    if CLASSES.get().is_none() {
        let mut c = make_classes(b.module())?;
        c.utc = wrap(&c.timezone, Dt::Timezone { off: Delta::ZERO, name: None })?;
        // Losing a race with another thread leaves unused (immortal) classes.
        let c = CLASSES.get_or_init(|| c);
        class_attributes(c)?;
    }
    let c = k();
    b.object("date", &c.date)?
        .object("datetime", &c.datetime)?
        .object("time", &c.time)?
        .object("timedelta", &c.delta)?
        .object("tzinfo", &c.tzinfo)?
        .object("timezone", &c.timezone)?
        .object("UTC", &c.utc)?
        .constant("MINYEAR", calc::MINYEAR)?
        .constant("MAXYEAR", calc::MAXYEAR)?
        .finish()
}
