//! `_warnings`: the warning filters and `warn`/`warn_explicit` that
//! CPython's `warnings` module takes from C (and importlib needs as a
//! builtin). Written in Python and compiled on first import, like
//! `_collections`. Shown warnings go through `warnings._showwarnmsg` once
//! `warnings` is imported, else straight to `sys.stderr`.

use crate::error::PyResult;
use crate::object::Obj;

const SOURCE: &str = r#"
import sys as _sys

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = 'default'
_onceregistry = {}
_filters_version = 1

def _filters_mutated():
    global _filters_version
    _filters_version += 1

def _state():
    # Like CPython's C code: the `warnings` module's filters, default action
    # and once-registry when it is imported (catch_warnings swaps them).
    w = _sys.modules.get('warnings')
    fl, da, once = filters, _defaultaction, _onceregistry
    if w is not None:
        x = getattr(w, 'filters', None)
        if isinstance(x, list):
            fl = x
        x = getattr(w, 'defaultaction', None)
        if isinstance(x, str):
            da = x
        x = getattr(w, 'onceregistry', None)
        if isinstance(x, dict):
            once = x
    return fl, da, once

def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))

def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename

def _next_external_frame(frame, skip_file_prefixes):
    frame = frame.f_back
    while frame is not None and (
            _is_internal_frame(frame) or
            (skip_file_prefixes and frame.f_code.co_filename.startswith(skip_file_prefixes))):
        frame = frame.f_back
    return frame

def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Emit a warning; the active filters may drop it or turn it into an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs.')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    try:
        if stacklevel <= 1 or _is_internal_frame(_sys._getframe(1)):
            frame = _sys._getframe(stacklevel)
        else:
            frame = _sys._getframe(1)
            for _ in range(stacklevel - 1):
                frame = _next_external_frame(frame, skip_file_prefixes)
                if frame is None:
                    raise ValueError
    except ValueError:
        globals = _sys.__dict__
        filename = '<sys>'
        lineno = 0
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals['__name__'] if '__name__' in globals else '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)

def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    current_filters, default_action, once_registry = _state()
    for item in current_filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = default_action
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if once_registry.get(oncekey):
            return
        once_registry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _show(message, category, filename, lineno, source, module_globals)

_UNAWAITED = object()

def _warn_unawaited(message, origin=None):
    # A coroutine (or an async generator's awaitable) dropped before it was
    # awaited: a RuntimeWarning at the code running then, with the frames
    # that created it when origin tracking is on. CPython passes the
    # coroutine as the source; a dying object cannot be handed out here.
    if origin is not None:
        import linecache, traceback
        frames = [(f, n, fn, linecache.getline(f, n)) for f, n, fn in reversed(origin)]
        message = (message + "\nCoroutine created at (most recent call last)\n"
                   + "".join(traceback.format_list(frames))).rstrip("\n")
    warn(message, RuntimeWarning, 2, _UNAWAITED)

def _show(message, category, filename, lineno, source, module_globals):
    warnings = _sys.modules.get('warnings')
    show = getattr(warnings, '_showwarnmsg', None) if warnings is not None else None
    if show is not None and hasattr(warnings, 'WarningMessage'):
        if module_globals is not None:
            try:
                import linecache
                linecache.getlines(filename, module_globals)
            except Exception:
                pass
        show(warnings.WarningMessage(message, category, filename, lineno, None, None, source))
        return
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    try:
        with open(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    line = line.strip()
                    if line:
                        text += '  %s\n' % line
                    break
    except Exception:
        pass
    if source is not None:
        # What CPython's formatting adds while tracemalloc is not tracing.
        text += '%s: Enable tracemalloc to get the object allocation traceback\n' % category.__name__
    err = _sys.stderr
    if err is not None:
        err.write(text)
"#;

/// `_warnings`, created on first import.
pub fn make_module() -> PyResult<Obj> {
    crate::collectionsmod::module_from_source("_warnings", "_warnings: the core of warning filtering and reporting.\nThe warnings module builds on it.", SOURCE)
}

/// The RuntimeWarning of a coroutine (or an async generator's awaitable)
/// dropped before it was awaited, through the filters (`origin`: its
/// `cr_origin`); `what` names the
/// object in the unraisable report when a filter makes it an error.
pub fn warn_unawaited(message: &str, origin: Option<&Obj>, what: &dyn Fn() -> String) {
    let origin = origin.cloned().unwrap_or_else(crate::types::none);
    let r = crate::import::import_module("_warnings")
        .and_then(|m| crate::abstract_::getattr_str(&m, "_warn_unawaited"))
        .and_then(|f| crate::abstract_::call(&f, &[crate::types::str::new_str(message), origin], None));
    if let Err(e) = r {
        crate::traceback::print_unraisable(&format!("Exception ignored in: {}", what()), &e);
    }
}

/// `warnings.warn(message, category, stacklevel)` from Rust, through the
/// filters (an error when a filter turns the warning into one).
pub fn warn(category: &'static crate::types::typeobj::TypeObject, message: &str, stacklevel: i64) -> PyResult<()> {
    let m = crate::import::import_module("_warnings")?;
    let f = crate::abstract_::getattr_str(&m, "warn")?;
    let cat = category.as_obj();
    crate::abstract_::call(&f, &[crate::types::str::new_str(message), cat, crate::types::int::from_i64(stacklevel)], None)?;
    Ok(())
}
