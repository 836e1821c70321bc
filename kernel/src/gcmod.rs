//! `gc`: the garbage collector's interface. pyk frees objects by reference
//! counting; cycles are the job of a cycle-collector component, which is
//! not built yet (DESIGN.md §1). Until one is loaded, `collect()` finds
//! nothing to free and returns 0, honestly: the counts it reports
//! (`get_stats`, the callbacks' info) say so. What can be answered without
//! a collector is answered from the objects themselves: `get_referents`
//! walks the containers' traverse hooks, `is_tracked` says whether a type
//! holds references (with CPython's rule that a dict of atomic keys and
//! values is not tracked). `get_objects` and `get_referrers` need the
//! collector's list of every container and are absent until it exists.

use crate::error::PyResult;
use crate::object::Obj;
use crate::types::tuple::new_tuple;

const SOURCE: &str = r#"
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (2000, 10, 10)
_stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def enable():
    """Switch automatic collection on."""
    global _enabled
    _enabled = True


def disable():
    """Switch automatic collection off."""
    global _enabled
    _enabled = False


def isenabled():
    """Tell whether automatic collection is switched on."""
    return _enabled


def collect(generation=2):
    """Look for unreachable reference cycles and free them.

generation (0, 1 or 2; default 2, all of them) picks how far to look;
another value raises ValueError. Gives back how many unreachable
objects were found."""
    generation = generation.__index__() if not isinstance(generation, int) else generation
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    info = {'generation': generation, 'collected': 0, 'uncollectable': 0}
    for cb in list(callbacks):
        cb('start', info)
    # Reference counting has already freed everything unreachable that is
    # not in a cycle; cycles wait for a collector component.
    _stats[generation]['collections'] += 1
    for cb in list(callbacks):
        cb('stop', info)
    return 0


def get_count():
    """Give the per-generation allocation counters as a tuple of three."""
    return (0, 0, 0)


def get_threshold():
    """Give the three thresholds that trigger a collection."""
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    """set_threshold(threshold0, [threshold1, [threshold2]])
Change the thresholds that trigger a collection; the later two may be left out."""
    global _threshold
    t = list(_threshold)
    for i, v in enumerate((threshold0, threshold1, threshold2)):
        if v is not None:
            t[i] = int(v.__index__())
    _threshold = tuple(t)


def get_debug():
    """Give the debug flags of the collector."""
    return _debug


def set_debug(flags, /):
    """Replace the debug flags of the collector."""
    global _debug
    _debug = flags.__index__()


def get_stats():
    """Give one dict of counters per generation, in a list."""
    return [dict(s) for s in _stats]


def get_referents(*objs):
    """List the objects that the arguments hold references to."""
    out = []
    for o in objs:
        out.extend(_referents(o))
    return out


def is_tracked(obj, /):
    """Tell whether the collector watches obj; objects that cannot hold
references (numbers, strings, ...) are not watched."""
    if type(obj) is dict:
        return any(_tracks(k) or _tracks(v) for k, v in obj.items())
    return _tracks(obj)


def is_finalized(obj, /):
    """Tell whether the collector has already run obj's finalizer."""
    return False


def freeze():
    """Move every watched object to the permanent generation, out of later collections' reach."""


def unfreeze():
    """Give the objects of the permanent generation back to the oldest generation."""


def get_freeze_count():
    """Count the objects that freeze() moved to the permanent generation."""
    return 0
"#;

/// `_referents(obj)`: what the object's traverse hook visits, as a tuple.
fn referents(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [o] = a else { return Err(crate::error::type_error("_referents() takes exactly one argument")) };
    let mut out = vec![];
    if let Some(t) = o.type_obj().traverse {
        t(o, &mut |x: &Obj| out.push(x.clone()));
    }
    Ok(new_tuple(out))
}

/// `_tracks(obj)`: whether the object's type holds references (has a
/// traverse hook) — CPython's "tracked" before any collection untracks.
fn tracks(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [o] = a else { return Err(crate::error::type_error("_tracks() takes exactly one argument")) };
    Ok(crate::types::bool_obj(o.type_obj().traverse.is_some()))
}

pub fn make_module() -> PyResult<Obj> {
    let fns = [
        ("_referents", crate::types::function::new_builtin("_referents", referents, crate::types::none(), Some("gc"))),
        ("_tracks", crate::types::function::new_builtin("_tracks", tracks, crate::types::none(), Some("gc"))),
    ];
    let m = crate::collectionsmod::module_from_source_with("gc", "Control of and information about the cycle collector.", SOURCE, &fns)?;
    Ok(m)
}
