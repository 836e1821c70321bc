//! CPython's command line, plus pyk's component options.
//!
//! CPython stops reading interpreter options at the first non-option
//! argument, at the argument of `-c`/`-m`, or at `-`: everything after goes
//! to the program in `sys.argv`. A pre-scan finds that boundary (and splits
//! grouped flags such as `-Bc`), then clap parses the interpreter options.

use clap::{Arg, ArgAction, Command};

/// What to run.
#[derive(Debug, Clone, PartialEq)]
pub enum Program {
    Command(String),
    Module(String),
    Script(String),
    Stdin,
    /// No program: the REPL (or stdin when it is not a terminal).
    None,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub program: Option<Program>,
    pub args: Vec<String>,
    pub inspect: bool,
    pub unbuffered: bool,
    pub ignore_env: bool,
    pub isolated: bool,
    pub no_site: bool,
    pub dont_write_bytecode: bool,
    pub optimize: u32,
    pub quiet: bool,
    pub version: u8,
    pub verbose: u32,
    pub safe_path: bool,
    pub warnings: Vec<String>,
    pub xoptions: Vec<String>,
    pub help: bool,
    pub components: Vec<String>,
    pub parser: Option<String>,
    pub compiler: Option<String>,
    pub runtime: Option<String>,
    pub gc: Option<String>,
    pub jit: Option<String>,
    pub repl: Option<String>,
    pub stdlib: Option<String>,
    pub list_components: bool,
    pub dump_ast: Option<String>,
    pub dis: Option<String>,
}

const VALUE_SHORT: &str = "cmWX";
const FLAG_SHORT: &str = "bBdEhiIOPqsSuvVx?";
const VALUE_LONG: &[&str] = &["--components", "--parser", "--compiler", "--runtime", "--gc", "--jit", "--repl", "--stdlib", "--dump-ast", "--dis"];

pub fn command() -> Command {
    let flag = |id: &'static str, short: char, help: &'static str| Arg::new(id).short(short).action(ArgAction::SetTrue).help(help);
    let count = |id: &'static str, short: char, help: &'static str| Arg::new(id).short(short).action(ArgAction::Count).help(help);
    let long = |id: &'static str, help: &'static str| Arg::new(id).long(id).value_name("NAME|PATH").help(help);
    Command::new("pyk")
        .about("pyk: a Python 3.13 interpreter built as a microkernel")
        .override_usage("pyk [option] ... [-c cmd | -m mod | file | -] [arg] ...")
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(Arg::new("c").short('c').value_name("cmd").help("program passed in as string (terminates option list)"))
        .arg(Arg::new("m").short('m').value_name("mod").help("run library module as a script (terminates option list)"))
        .arg(count("b", 'b', "issue warnings about bytes/str comparison (accepted, no effect yet)"))
        .arg(flag("B", 'B', "don't write .pyc files on import"))
        .arg(flag("d", 'd', "turn on parser debugging output (accepted, no effect)"))
        .arg(flag("E", 'E', "ignore PYTHON* environment variables"))
        .arg(flag("h", 'h', "print this help message and exit"))
        .arg(flag("help", '?', "print this help message and exit"))
        .arg(flag("i", 'i', "inspect interactively after running script"))
        .arg(flag("I", 'I', "isolate Python from the user's environment (implies -E, -P and -s)"))
        .arg(count("O", 'O', "remove assert and __debug__-dependent statements; -OO also removes docstrings"))
        .arg(flag("P", 'P', "don't prepend a potentially unsafe path to sys.path"))
        .arg(flag("q", 'q', "don't print version and copyright messages on interactive startup"))
        .arg(flag("s", 's', "don't add user site directory to sys.path"))
        .arg(flag("S", 'S', "don't imply 'import site' on initialization"))
        .arg(flag("u", 'u', "force the stdout and stderr streams to be unbuffered"))
        .arg(count("v", 'v', "verbose (trace import statements); also shows full component load errors"))
        .arg(count("V", 'V', "print the Python version number and exit (also --version)"))
        .arg(flag("x", 'x', "skip first line of source"))
        .arg(Arg::new("W").short('W').value_name("arg").action(ArgAction::Append).help("warning control"))
        .arg(Arg::new("X").short('X').value_name("opt").action(ArgAction::Append).help("implementation-specific option (-X gil=0|1 selects the runtime)"))
        .arg(Arg::new("version").long("version").action(ArgAction::Count).help("print the Python version number and exit"))
        .arg(Arg::new("help-long").long("help").action(ArgAction::SetTrue).help("print this help message and exit"))
        .arg(Arg::new("components").long("components").value_name("DIR").action(ArgAction::Append).help("directory to search for components first (env: PYK_COMPONENTS)"))
        .arg(long("parser", "parser component (env: PYK_PARSER)"))
        .arg(long("compiler", "compiler component (env: PYK_COMPILER)"))
        .arg(long("runtime", "runtime component: gil or ft (env: PYK_RUNTIME; also -X gil=1|0, PYTHON_GIL=1|0)"))
        .arg(long("gc", "cycle-collector component (env: PYK_GC)"))
        .arg(long("jit", "JIT tier component (env: PYK_JIT)"))
        .arg(long("repl", "REPL component (env: PYK_REPL)"))
        .arg(Arg::new("stdlib").long("stdlib").value_name("DIR").help("CPython 3.13 standard library directory (env: PYK_STDLIB)"))
        .arg(Arg::new("list-components").long("list-components").action(ArgAction::SetTrue).help("list the components found, with kind, name, version and ABI status, and exit"))
        .arg(Arg::new("dump-ast").long("dump-ast").value_name("FILE").help("print ast.dump(ast.parse(source), include_attributes=True) of FILE and exit"))
        .arg(Arg::new("dis").long("dis").value_name("FILE").help("print a dis-style listing of pyk's bytecode for FILE and exit"))
}

/// Splits argv (without argv[0]) into interpreter options, the program and its arguments.
fn prescan(args: &[String]) -> Result<(Vec<String>, Option<Program>, Vec<String>), String> {
    let mut opts = vec![];
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            return Ok((opts, Some(Program::Stdin), args[i + 1..].to_vec()));
        }
        if a == "--" {
            // CPython treats the next argument as the script.
            return match args.get(i + 1) {
                Some(s) => Ok((opts, Some(Program::Script(s.clone())), args[i + 2..].to_vec())),
                None => Ok((opts, None, vec![])),
            };
        }
        if let Some(long) = a.strip_prefix("--") {
            let name = long.split('=').next().unwrap_or("");
            let full = format!("--{name}");
            opts.push(a.clone());
            if VALUE_LONG.contains(&full.as_str()) && !long.contains('=') {
                i += 1;
                let v = args.get(i).ok_or_else(|| format!("option {full} requires an argument"))?;
                opts.push(v.clone());
            }
            i += 1;
            continue;
        }
        if let Some(flags) = a.strip_prefix('-') {
            let chars: Vec<char> = flags.chars().collect();
            let mut j = 0;
            while j < chars.len() {
                let c = chars[j];
                if VALUE_SHORT.contains(c) {
                    let rest: String = chars[j + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        args.get(i).cloned().ok_or_else(|| format!("Argument expected for the -{c} option"))?
                    };
                    match c {
                        'c' => return Ok((opts, Some(Program::Command(value)), args[i + 1..].to_vec())),
                        'm' => return Ok((opts, Some(Program::Module(value)), args[i + 1..].to_vec())),
                        _ => {
                            opts.push(format!("-{c}"));
                            opts.push(value);
                        }
                    }
                    break;
                } else if FLAG_SHORT.contains(c) {
                    opts.push(format!("-{c}"));
                } else {
                    return Err(format!("Unknown option: -{c}"));
                }
                j += 1;
            }
            i += 1;
            continue;
        }
        return Ok((opts, Some(Program::Script(a.clone())), args[i + 1..].to_vec()));
    }
    Ok((opts, None, vec![]))
}

/// Parses the command line (argv[1..]).
pub fn parse(args: &[String]) -> Result<Options, String> {
    let (opts, program, rest) = prescan(args)?;
    let mut argv = vec!["pyk".to_string()];
    argv.extend(opts);
    let m = command().try_get_matches_from(argv).map_err(|e| {
        let s = e.to_string();
        s.lines().next().unwrap_or("bad command line").trim_start_matches("error: ").to_string()
    })?;
    let flag = |id: &str| m.get_flag(id);
    let strs = |id: &str| m.get_many::<String>(id).map(|v| v.cloned().collect()).unwrap_or_default();
    let one = |id: &str| m.get_one::<String>(id).cloned();
    Ok(Options {
        program,
        args: rest,
        inspect: flag("i"),
        unbuffered: flag("u"),
        ignore_env: flag("E") || flag("I"),
        isolated: flag("I"),
        no_site: flag("S"),
        dont_write_bytecode: flag("B"),
        optimize: m.get_count("O") as u32,
        quiet: flag("q"),
        version: m.get_count("V") + m.get_count("version"),
        verbose: m.get_count("v") as u32,
        safe_path: flag("P") || flag("I"),
        warnings: strs("W"),
        xoptions: strs("X"),
        help: flag("h") || flag("help") || flag("help-long"),
        components: strs("components"),
        parser: one("parser"),
        compiler: one("compiler"),
        runtime: one("runtime"),
        gc: one("gc"),
        jit: one("jit"),
        repl: one("repl"),
        stdlib: one("stdlib"),
        list_components: flag("list-components"),
        dump_ast: one("dump-ast"),
        dis: one("dis"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &[&str]) -> Options {
        parse(&s.iter().map(|x| x.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn command_ends_options() {
        let o = p(&["-B", "-c", "print(1)", "-v", "x"]);
        assert_eq!(o.program, Some(Program::Command("print(1)".into())));
        assert_eq!(o.args, vec!["-v", "x"]);
        assert!(o.dont_write_bytecode);
        assert_eq!(o.verbose, 0);
    }

    #[test]
    fn grouped_flags_and_attached_values() {
        let o = p(&["-OOBq", "-cpass"]);
        assert_eq!(o.optimize, 2);
        assert!(o.quiet && o.dont_write_bytecode);
        assert_eq!(o.program, Some(Program::Command("pass".into())));
    }

    #[test]
    fn script_and_args() {
        let o = p(&["-u", "x.py", "-c", "y"]);
        assert_eq!(o.program, Some(Program::Script("x.py".into())));
        assert_eq!(o.args, vec!["-c", "y"]);
        assert!(o.unbuffered);
    }

    #[test]
    fn component_flags() {
        let o = p(&["--runtime", "ft", "--parser=std", "-X", "gil=1", "-m", "mod", "a"]);
        assert_eq!(o.runtime.as_deref(), Some("ft"));
        assert_eq!(o.parser.as_deref(), Some("std"));
        assert_eq!(o.xoptions, vec!["gil=1"]);
        assert_eq!(o.program, Some(Program::Module("mod".into())));
    }

    #[test]
    fn stdin_dash() {
        let o = p(&["-", "a", "b"]);
        assert_eq!(o.program, Some(Program::Stdin));
        assert_eq!(o.args, vec!["a", "b"]);
    }

    #[test]
    fn unknown_option_is_an_error() {
        assert!(parse(&["-z".to_string()]).unwrap_err().contains("Unknown option: -z"));
        assert!(parse(&["-c".to_string()]).unwrap_err().contains("Argument expected for the -c option"));
    }
}
