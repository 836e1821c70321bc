//! `pyk`: the launcher. Parses CPython's command line and pyk's component
//! options, loads the components from files, hands them to the kernel and
//! runs the program. Every failure before Python code runs is one line on
//! stderr and exit status 2.

mod cli;
mod stdlib;

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use pyk_abi::component::{
    CompilerModRef, ComponentKind, NativeModuleModRef, ParserModRef, ReplModRef, RuntimeModRef,
};
use pyk_kernel::interp::{Components, Config, Flags};
use pyk_kernel::loader::{self, LoadError};

use cli::{Options, Program};

fn fail(msg: &str) -> ! {
    eprintln!("pyk: {msg}");
    std::process::exit(2);
}

fn env(opts: &Options, name: &str) -> Option<String> {
    if opts.ignore_env && name.starts_with("PYTHON") {
        return None;
    }
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The value chosen for a component kind: flag, then environment, then default.
fn choice(flag: &Option<String>, var: &str, default: &str) -> String {
    flag.clone().or_else(|| std::env::var(var).ok().filter(|v| !v.is_empty())).unwrap_or_else(|| default.to_string())
}

fn load_kind<M: pyk_abi::abi_stable::library::RootModule>(kind: ComponentKind, spec: &str, dirs: &[PathBuf], verbose: bool) -> (M, PathBuf) {
    let report = |e: LoadError| -> ! {
        if verbose {
            if let Some(d) = &e.detail {
                eprintln!("{d}");
            }
        }
        fail(&e.message)
    };
    let path = loader::resolve(kind, spec, dirs).unwrap_or_else(|e| report(e));
    let m = loader::load::<M>(kind, &path).unwrap_or_else(|e| report(e));
    (m, path)
}

/// The developer flags' short report of a syntax error; exits 1.
fn report_syntax_error(file: &str, e: &pyk_abi::component::SyntaxErrorInfo) -> ! {
    eprintln!("  File \"{}\", line {}\nSyntaxError: {}", file, e.lineno, e.msg);
    std::process::exit(1);
}

/// `pyk --dis FILE`: FILE through the parser and compiler components, then
/// the compiler's listing of the code (a developer's view of pyk bytecode).
/// A source file for `--dump-ast`/`--dis`, as UTF-8 text without a BOM
/// (the byte order mark belongs to the file, not to the source text).
fn read_dev_source(file: &str) -> String {
    let src = std::fs::read(file).unwrap_or_else(|e| fail(&format!("can't open file '{file}': {e}")));
    let src = String::from_utf8_lossy(&src);
    src.strip_prefix('\u{feff}').unwrap_or(&src).to_string()
}

fn disassemble_file(file: &str, parser: &ParserModRef, compiler: &CompilerModRef) {
    use pyk_abi::abi_stable::std_types::RResult::{RErr, ROk};
    let src = read_dev_source(file);
    let ast = match (parser.parse())(src.as_str().into(), file.into(), pyk_abi::component::Mode::Exec, 0) {
        ROk(b) => b,
        RErr(e) => report_syntax_error(file, &e),
    };
    let code = match (compiler.compile())(ast.as_slice().into(), file.into(), pyk_abi::component::Mode::Exec, 0, 0) {
        ROk(b) => b,
        RErr(e) => report_syntax_error(file, &e),
    };
    let Some(dis) = compiler.disassemble() else { fail("the compiler component has no disassembler") };
    match dis(code.as_slice().into()) {
        ROk(s) => {
            let _ = write!(std::io::stdout(), "{s}");
        }
        RErr(e) => fail(&e),
    }
}

/// Identifies the parser and compiler builds that produce cached code: a
/// hash of each component file's path, size and modification time. A
/// rebuilt or swapped component changes it, so `__pycache__` files written
/// by another build are recompiled instead of trusted.
fn code_stamp(files: &[&PathBuf]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in files {
        let path = std::fs::canonicalize(f).unwrap_or_else(|_| (*f).clone());
        eat(path.to_string_lossy().as_bytes());
        if let Ok(m) = std::fs::metadata(&path) {
            eat(&m.len().to_le_bytes());
            let ns = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
            eat(&ns.to_le_bytes());
        }
    }
    h
}

fn runtime_spec(opts: &Options) -> String {
    if let Some(r) = &opts.runtime {
        return r.clone();
    }
    for x in &opts.xoptions {
        match x.as_str() {
            "gil=1" => return "gil".into(),
            "gil=0" => return "ft".into(),
            s if s.starts_with("gil=") => fail(&format!("-X gil={} is invalid: use -X gil=0 or -X gil=1", &s[4..])),
            _ => {}
        }
    }
    match env(opts, "PYTHON_GIL").as_deref() {
        Some("1") => return "gil".into(),
        Some("0") => return "ft".into(),
        Some(v) => fail(&format!("PYTHON_GIL={v} is invalid: use PYTHON_GIL=0 or PYTHON_GIL=1")),
        None => {}
    }
    choice(&None, "PYK_RUNTIME", "gil")
}

/// `PYTHON_FROZEN_MODULES` takes `on` or `off`, and the first
/// `-X frozen_modules` (which wins over it) `on`, `off` or nothing (on);
/// anything else stops start-up with CPython's fatal error (status 1).
fn check_frozen_modules(opts: &Options) {
    let fatal = |what: &str| -> ! {
        eprint!("Fatal Python error: bad value for {what} (expected \"on\" or \"off\")\nPython runtime state: preinitialized\n\n");
        std::process::exit(1);
    };
    if !matches!(env(opts, "PYTHON_FROZEN_MODULES").as_deref(), None | Some("on" | "off")) {
        fatal("PYTHON_FROZEN_MODULES");
    }
    let option = opts.xoptions.iter().find(|x| x.split_once('=').map_or(x.as_str(), |(k, _)| k) == "frozen_modules");
    if !matches!(option.map(|x| x.split_once('=').map_or("", |(_, v)| v)), None | Some("on" | "off" | "")) {
        fatal("option -X frozen_modules");
    }
}

fn list_components(dirs: &[PathBuf]) {
    let mut out = format!(
        "pyk {} (ABI {}), searching: {}\n",
        pyk_abi::PYK_VERSION,
        pyk_abi::PYK_VERSION,
        dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
    );
    out.push_str(&format!("{:<9} {:<8} {:<9} {:<6} {}\n", "KIND", "NAME", "VERSION", "ABI", "FILE"));
    for l in loader::list(dirs) {
        let kind = l.kind.map(|k| k.word()).unwrap_or("?");
        match &l.info {
            Some(i) => out.push_str(&format!("{:<9} {:<8} {:<9} {:<6} {}\n", kind, i.name, i.version, l.status, l.path.display())),
            None => out.push_str(&format!("{:<9} {:<8} {:<9} {:<6} {}  ({})\n", kind, "?", "?", "ERROR", l.path.display(), l.status)),
        }
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
}

fn main() {
    // Arguments that are not UTF-8 arrive as CPython gives them: undecodable
    // bytes become lone surrogates (surrogateescape).
    let argv: Vec<String> = std::env::args_os().map(|a| pyk_kernel::types::str::fs_decode(std::os::unix::ffi::OsStrExt::as_bytes(a.as_os_str()))).collect();
    let opts = match cli::parse(&argv[1..]) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            eprintln!("usage: pyk [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            eprintln!("Try `pyk -h' for more information.");
            std::process::exit(2);
        }
    };
    if opts.help {
        // Written without println! so that a closed pipe (`pyk -h | head`) is not a panic.
        let help = cli::command().render_help().to_string();
        let _ = writeln!(std::io::stdout(), "{help}");
        return;
    }
    let (maj, min, mic) = pyk_abi::PYTHON_VERSION;
    if opts.version > 0 {
        let line = if opts.version > 1 {
            format!("Python {maj}.{min}.{mic} (pyk {}, a Python implementation in Rust)", pyk_abi::PYK_VERSION)
        } else {
            format!("Python {maj}.{min}.{mic}")
        };
        let _ = writeln!(std::io::stdout(), "{line}");
        return;
    }
    let mut comp_dirs: Vec<PathBuf> = opts.components.iter().map(PathBuf::from).collect();
    if let Ok(d) = std::env::var("PYK_COMPONENTS") {
        comp_dirs.extend(std::env::split_paths(&d));
    }
    let dirs = loader::default_dirs(&comp_dirs);
    if opts.list_components {
        list_components(&dirs);
        return;
    }
    let verbose = opts.verbose > 0;
    let (parser, parser_path) = load_kind::<ParserModRef>(ComponentKind::Parser, &choice(&opts.parser, "PYK_PARSER", "std"), &dirs, verbose);
    if let Some(file) = &opts.dump_ast {
        let src = read_dev_source(file);
        match (parser.dump_ast())(src.as_str().into(), file.as_str().into()) {
            pyk_abi::abi_stable::std_types::RResult::ROk(s) => {
                let _ = writeln!(std::io::stdout(), "{s}");
            }
            pyk_abi::abi_stable::std_types::RResult::RErr(e) => report_syntax_error(file, &e),
        }
        return;
    }
    let (compiler, compiler_path) = load_kind::<CompilerModRef>(ComponentKind::Compiler, &choice(&opts.compiler, "PYK_COMPILER", "std"), &dirs, verbose);
    if let Some(file) = &opts.dis {
        disassemble_file(file, &parser, &compiler);
        return;
    }
    let runtime_name = runtime_spec(&opts);
    check_frozen_modules(&opts);
    let (runtime, _) = load_kind::<RuntimeModRef>(ComponentKind::Runtime, &runtime_name, &dirs, verbose);
    for (flag, var, kind) in [(&opts.gc, "PYK_GC", ComponentKind::Gc), (&opts.jit, "PYK_JIT", ComponentKind::Jit)] {
        if let Some(spec) = flag.clone().or_else(|| std::env::var(var).ok().filter(|v| !v.is_empty())) {
            if spec != "none" {
                // Resolving reports unknown names and missing files; no gc/jit tier is built yet.
                let path = loader::resolve(kind, &spec, &dirs).unwrap_or_else(|e| fail(&e.message));
                let r = match kind {
                    ComponentKind::Gc => loader::load::<pyk_abi::component::GcModRef>(kind, &path).map(|_| ()),
                    _ => loader::load::<pyk_abi::component::JitModRef>(kind, &path).map(|_| ()),
                };
                if let Err(e) = r {
                    fail(&e.message);
                }
            }
        }
    }
    let inspect = opts.inspect || env(&opts, "PYTHONINSPECT").is_some();
    let program = opts.program.clone().unwrap_or(Program::None);
    let needs_repl = inspect || (program == Program::None && std::io::stdin().is_terminal());
    let repl = if needs_repl {
        Some(load_kind::<ReplModRef>(ComponentKind::Repl, &choice(&opts.repl, "PYK_REPL", "std"), &dirs, verbose).0)
    } else {
        None
    };
    let mut natives = vec![];
    for name in loader::available(ComponentKind::NativeModule, &dirs) {
        if let Ok(p) = loader::resolve(ComponentKind::NativeModule, &name, &dirs) {
            match loader::load::<NativeModuleModRef>(ComponentKind::NativeModule, &p) {
                Ok(m) => natives.push(m),
                Err(e) => fail(&e.message),
            }
        }
    }

    let (stdlib_dir, searched) = stdlib::find(opts.stdlib.as_deref(), std::env::var("PYK_STDLIB").ok().as_deref());
    let script_argv0 = match &program {
        Program::Command(_) => "-c".to_string(),
        Program::Module(m) => m.clone(),
        Program::Script(s) => s.clone(),
        Program::Stdin => "-".to_string(),
        Program::None => String::new(),
    };
    let mut sys_argv = vec![script_argv0];
    sys_argv.extend(opts.args.iter().cloned());
    let path0 = match &program {
        Program::Script(s) => Some(
            std::fs::canonicalize(s)
                .ok()
                .and_then(|p| p.parent().map(|d| d.to_string_lossy().into_owned()))
                .unwrap_or_default(),
        ),
        Program::Module(_) => Some(std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()),
        _ => Some(String::new()),
    };
    let pythonpath = env(&opts, "PYTHONPATH").map(|p| std::env::split_paths(&p).map(|x| x.to_string_lossy().into_owned()).collect()).unwrap_or_default();
    let hashseed = env(&opts, "PYTHONHASHSEED");
    if let Some(s) = &hashseed {
        if s != "random" && s.parse::<u32>().is_err() {
            fail("PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
        }
    }
    let jit_name = opts.jit.clone().or_else(|| std::env::var("PYK_JIT").ok()).unwrap_or_else(|| "off".into());
    let config = Config {
        argv: sys_argv,
        orig_argv: argv.clone(),
        executable: std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| argv[0].clone()),
        flags: Flags {
            optimize: opts.optimize.max(env(&opts, "PYTHONOPTIMIZE").and_then(|v| v.parse().ok()).unwrap_or(0)),
            dont_write_bytecode: opts.dont_write_bytecode || env(&opts, "PYTHONDONTWRITEBYTECODE").is_some(),
            quiet: opts.quiet,
            inspect,
            unbuffered: opts.unbuffered || env(&opts, "PYTHONUNBUFFERED").is_some(),
            ignore_environment: opts.ignore_env,
            isolated: opts.isolated,
            no_site: opts.no_site,
            safe_path: opts.safe_path || env(&opts, "PYTHONSAFEPATH").is_some(),
            verbose: opts.verbose,
        },
        warnoptions: opts.warnings.clone(),
        xoptions: opts.xoptions.clone(),
        stdlib: stdlib_dir,
        stdlib_searched: searched,
        path0,
        pythonpath,
        component_lines: vec![],
        runtime_name: runtime_name.clone(),
        jit_name,
        fixed_hash: hashseed.as_deref().is_some_and(|s| s != "random"),
        code_stamp: code_stamp(&[&parser_path, &compiler_path]),
    };
    let basic_repl = !std::io::stdin().is_terminal() || env(&opts, "PYTHON_BASIC_REPL").is_some();
    let comps = Components { parser, compiler, runtime, repl, natives };

    // Python code runs on a thread with a large stack so that deep (Rust-level)
    // recursion ends in RecursionError, not a stack overflow.
    const MAIN_STACK: usize = 256 << 20;
    let handle = std::thread::Builder::new()
        .name("pyk-main".into())
        .stack_size(MAIN_STACK)
        .spawn(move || {
            pyk_kernel::thread::init_thread_stack(MAIN_STACK);
            if let Err(e) = pyk_kernel::interp::init(comps, config) {
                fail(&e);
            }
            let status = match &program {
                Program::Command(c) => {
                    pyk_kernel::traceback::register_source("<string>", c);
                    pyk_kernel::interp::run_main_source(c, "<string>", None)
                }
                Program::Script(s) => match std::fs::read(s) {
                    Ok(bytes) => {
                        let abs = absolute(s);
                        match pyk_kernel::interp::run_main_compiled(&bytes, &abs) {
                            Some(status) => status,
                            None => match pyk_kernel::source::decode_script(&bytes, &abs) {
                                Ok(src) => pyk_kernel::interp::run_main_source(&src, &abs, Some(&abs)),
                                Err(line) => {
                                    pyk_kernel::interp::write_stderr(&format!("{line}\n"));
                                    1
                                }
                            },
                        }
                    }
                    Err(e) => {
                        let abs = std::env::current_dir().map(|d| d.join(s)).unwrap_or_else(|_| PathBuf::from(s));
                        eprintln!(
                            "{}: can't open file '{}': [Errno {}] {}",
                            argv[0],
                            abs.display(),
                            e.raw_os_error().unwrap_or(0),
                            errno_text(&e)
                        );
                        2
                    }
                },
                Program::Module(m) => pyk_kernel::interp::run_module(m),
                Program::Stdin => run_stdin(),
                Program::None if std::io::stdin().is_terminal() => pyk_kernel::interp::run_repl(basic_repl),
                Program::None => {
                    if inspect {
                        pyk_kernel::interp::run_repl(true)
                    } else {
                        run_stdin()
                    }
                }
            };
            let status = if inspect && program != Program::None && status != 0 || inspect && program != Program::None {
                pyk_kernel::interp::run_repl(basic_repl)
            } else {
                status
            };
            // A standard stream that cannot be flushed at exit makes the
            // status 120, as in CPython.
            if pyk_kernel::interp::finalize() { status } else { 120 }
        })
        .unwrap_or_else(|e| fail(&format!("cannot start the interpreter thread: {e}")));
    // Signals sent to the process go to a thread that runs Python (the
    // interpreter thread first), not to this one, which only waits.
    pyk_kernel::signalmod::block_all_in_this_thread();
    let status = handle.join().unwrap_or(70);
    if status == 130 && pyk_kernel::interp::exited_by_keyboard_interrupt() {
        let _ = std::io::stdout().flush();
        pyk_kernel::signalmod::exit_by_sigint();
    }
    std::process::exit(status);
}

/// `os.path.abspath`: joins with the current directory and normalises `.`
/// and `..` without resolving symbolic links (CPython names the script so).
fn absolute(p: &str) -> String {
    let joined = std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| PathBuf::from(p));
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.to_string_lossy().into_owned()
}

fn run_stdin() -> i32 {
    let mut src = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut src) {
        eprintln!("pyk: cannot read standard input: {e}");
        return 2;
    }
    pyk_kernel::interp::run_main_source(&src, "<stdin>", Some("<stdin>"))
}

fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}
