//! From the code generator's instruction list (with labels and handler
//! regions) to the final word array: reachability, stack depth by flow
//! analysis, EXTENDED_ARG sizing for absolute jumps, locations and the
//! exception table.

use crate::error::CompileError;
use pyk_abi::ast::Loc;
use pyk_abi::code::ExceptEntry;
use pyk_abi::opcode::{flags, word, Op, MAX_ARG};

pub type Label = u32;
pub type HandlerId = u32;

/// No handler: an exception leaves the frame.
pub const NO_HANDLER: HandlerId = u32::MAX;

#[derive(Clone, Debug)]
pub enum Item {
    Op { op: Op, arg: u32, target: Option<Label>, loc: Loc, handler: HandlerId },
    Label(Label),
    /// Start of a protected region: the stack depth here (plus `adjust`) is
    /// the depth the handler unwinds to.
    Setup(HandlerId),
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub label: Label,
    pub lasti: bool,
    pub adjust: i32,
    pub depth: Option<u32>,
}

pub struct Assembled {
    pub code: Vec<u32>,
    pub locations: Vec<Loc>,
    pub exceptiontable: Vec<ExceptEntry>,
    pub stacksize: u32,
}

fn arg_words(arg: u32) -> usize {
    let mut n = 1;
    let mut a = arg >> 24;
    while a > 0 {
        n += 1;
        a >>= 24;
    }
    n
}

pub fn assemble(items: &[Item], nlabels: u32, handlers: &mut [Handler]) -> Result<Assembled, CompileError> {
    let mut label_pos = vec![usize::MAX; nlabels as usize];
    for (i, it) in items.iter().enumerate() {
        if let Item::Label(l) = it {
            label_pos[*l as usize] = i;
        }
    }
    // ---- stack depth and reachability
    let mut depth_at: Vec<Option<i32>> = vec![None; items.len() + 1];
    let mut reached = vec![false; items.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut maxdepth: i32 = 0;
    let bad = |msg: String| CompileError::internal(msg);
    while let Some((start, d0)) = work.pop() {
        let mut i = start;
        let mut d = d0;
        loop {
            if i >= items.len() {
                break;
            }
            if let Some(seen) = depth_at[i] {
                if seen != d {
                    return Err(bad(format!("inconsistent stack depth at item {i}: {seen} and {d}")));
                }
                break;
            }
            depth_at[i] = Some(d);
            reached[i] = true;
            match &items[i] {
                Item::Label(_) => {}
                Item::Setup(h) => {
                    let h = &mut handlers[*h as usize];
                    let hd = d + h.adjust;
                    if hd < 0 {
                        return Err(bad("negative handler depth".into()));
                    }
                    if let Some(old) = h.depth {
                        if old as i32 != hd {
                            return Err(bad(format!("handler depth {old} and {hd}")));
                        }
                    }
                    h.depth = Some(hd as u32);
                    let target = hd + 1 + i32::from(h.lasti);
                    maxdepth = maxdepth.max(target);
                    let p = label_pos[h.label as usize];
                    if p == usize::MAX {
                        return Err(bad("undefined handler label".into()));
                    }
                    work.push((p, target));
                }
                Item::Op { op, arg, target, .. } => {
                    let f = op.flags();
                    if let Some(t) = target {
                        let td = d + op.stack_effect(*arg, true);
                        if td < 0 {
                            return Err(bad(format!("negative stack depth at jump {}", op.name())));
                        }
                        maxdepth = maxdepth.max(td);
                        let p = label_pos[*t as usize];
                        if p == usize::MAX {
                            return Err(bad("undefined label".into()));
                        }
                        work.push((p, td));
                    }
                    d += op.stack_effect(*arg, false);
                    if d < 0 {
                        return Err(bad(format!("negative stack depth after {} at item {i}", op.name())));
                    }
                    maxdepth = maxdepth.max(d);
                    if f & flags::TERMINAL != 0 {
                        break;
                    }
                }
            }
            i += 1;
        }
    }
    // ---- keep reachable instructions, drop jumps to the next instruction
    let mut kept: Vec<&Item> = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match it {
            Item::Op { .. } if !reached[i] => {}
            _ => kept.push(it),
        }
    }
    let mut drop = vec![false; kept.len()];
    for i in 0..kept.len() {
        if let Item::Op { op: Op::JUMP | Op::JUMP_NO_INTERRUPT, target: Some(t), .. } = kept[i] {
            let mut j = i + 1;
            while j < kept.len() {
                match kept[j] {
                    Item::Label(l) if l == t => {
                        drop[i] = true;
                        break;
                    }
                    Item::Label(_) | Item::Setup(_) => j += 1,
                    Item::Op { .. } => break,
                }
            }
        }
    }
    let ops: Vec<(Op, u32, Option<Label>, Loc, HandlerId)> = Vec::new();
    let mut ops = ops;
    // label -> index into ops of the next instruction
    let mut label_op = vec![usize::MAX; nlabels as usize];
    for (i, it) in kept.iter().enumerate() {
        match it {
            Item::Label(l) => label_op[*l as usize] = ops.len(),
            Item::Setup(_) => {}
            Item::Op { op, arg, target, loc, handler } => {
                if !drop[i] {
                    ops.push((*op, *arg, *target, *loc, *handler));
                }
            }
        }
    }
    if ops.is_empty() {
        return Err(bad("no instructions".into()));
    }
    // ---- sizes and offsets (fixpoint: jump arguments are absolute offsets)
    let mut sizes: Vec<usize> = ops.iter().map(|(op, arg, _, _, _)| arg_words(*arg) + op.cache() as usize).collect();
    let mut offsets = vec![0usize; ops.len() + 1];
    loop {
        let mut off = 0;
        for (i, s) in sizes.iter().enumerate() {
            offsets[i] = off;
            off += s;
        }
        offsets[ops.len()] = off;
        let mut changed = false;
        for (i, (op, _, target, _, _)) in ops.iter().enumerate() {
            if let Some(t) = target {
                let lo = label_op[*t as usize];
                let dest = offsets[lo.min(ops.len())] as u32;
                let s = arg_words(dest) + op.cache() as usize;
                if s > sizes[i] {
                    sizes[i] = s;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let total = offsets[ops.len()];
    let mut code = Vec::with_capacity(total);
    let mut locations = Vec::with_capacity(total);
    for (i, (op, arg, target, loc, _)) in ops.iter().enumerate() {
        let arg = match target {
            Some(t) => offsets[label_op[*t as usize].min(ops.len())] as u32,
            None => *arg,
        };
        let nwords = sizes[i] - op.cache() as usize;
        for k in (1..nwords).rev() {
            code.push(word(Op::EXTENDED_ARG, (arg >> (24 * k)) & MAX_ARG));
            locations.push(*loc);
        }
        code.push(word(*op, arg & MAX_ARG));
        locations.push(*loc);
        for _ in 0..op.cache() {
            code.push(0);
            locations.push(*loc);
        }
    }
    // ---- exception table
    let mut table: Vec<ExceptEntry> = Vec::new();
    for (i, (_, _, _, _, h)) in ops.iter().enumerate() {
        if *h == NO_HANDLER {
            continue;
        }
        let hd = &handlers[*h as usize];
        let Some(depth) = hd.depth else { continue };
        let target = offsets[label_op[hd.label as usize].min(ops.len())] as u32;
        let (s, e) = (offsets[i] as u32, offsets[i + 1] as u32);
        if let Some(last) = table.last_mut() {
            if last.end == s && last.target == target && last.depth == depth && last.lasti == hd.lasti {
                last.end = e;
                continue;
            }
        }
        table.push(ExceptEntry { start: s, end: e, target, depth, lasti: hd.lasti });
    }
    Ok(Assembled { code, locations, exceptiontable: table, stacksize: maxdepth as u32 })
}
