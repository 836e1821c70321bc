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
            Item::Op { .. } | Item::Setup(_) if !reached[i] => {}
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
    let seq: Vec<Item> = kept.iter().enumerate().filter(|(i, _)| !drop[*i]).map(|(_, it)| (*it).clone()).collect();
    let (seq, nlabels) = resolve_lines(seq, nlabels);
    let mut ops: Vec<(Op, u32, Option<Label>, Loc, HandlerId)> = Vec::new();
    // label -> index into ops of the next instruction
    let mut label_op = vec![usize::MAX; nlabels as usize];
    for it in &seq {
        match it {
            Item::Label(l) => label_op[*l as usize] = ops.len(),
            Item::Setup(_) => {}
            Item::Op { op, arg, target, loc, handler } => ops.push((*op, *arg, *target, *loc, *handler)),
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

/// A basic block of the reachable instruction list: `start..end` in it
/// (labels first), where a block ends after a jump or an exit and starts
/// at a label.
struct Block {
    start: usize,
    end: usize,
    preds: u32,
}

fn no_line(loc: &Loc) -> bool {
    loc.lineno == 0
}

fn is_exit(op: Op) -> bool {
    matches!(op, Op::RETURN_VALUE | Op::RETURN_CONST | Op::RAISE_VARARGS | Op::RERAISE)
}

fn blocks_of(seq: &[Item], nlabels: u32) -> (Vec<Block>, Vec<usize>) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut label_block = vec![usize::MAX; nlabels as usize];
    let mut cur = Block { start: 0, end: 0, preds: 0 };
    let mut has_ops = false;
    for (i, it) in seq.iter().enumerate() {
        if matches!(it, Item::Label(_)) && has_ops {
            cur.end = i;
            blocks.push(std::mem::replace(&mut cur, Block { start: i, end: i, preds: 0 }));
            has_ops = false;
        }
        match it {
            Item::Label(l) => label_block[*l as usize] = blocks.len(),
            Item::Setup(_) => {}
            Item::Op { op, target, .. } => {
                has_ops = true;
                if target.is_some() || op.flags() & flags::TERMINAL != 0 {
                    cur.end = i + 1;
                    blocks.push(std::mem::replace(&mut cur, Block { start: i + 1, end: i + 1, preds: 0 }));
                    has_ops = false;
                }
            }
        }
    }
    cur.end = seq.len();
    if cur.end > cur.start {
        blocks.push(cur);
    }
    (blocks, label_block)
}

/// The block's last instruction.
fn last_op(seq: &[Item], b: &Block) -> Option<(Op, Option<Label>, Loc)> {
    seq[b.start..b.end].iter().rev().find_map(|it| match it {
        Item::Op { op, target, loc, .. } => Some((*op, *target, *loc)),
        _ => None,
    })
}

fn falls_through(seq: &[Item], b: &Block) -> bool {
    last_op(seq, b).is_none_or(|(op, _, _)| op.flags() & flags::TERMINAL == 0)
}

/// Whether the block leaves the frame and no instruction in it has a line
/// (the implicit `return None`, a cleanup's `RERAISE`).
fn exit_without_line(seq: &[Item], b: &Block) -> bool {
    let mut any = false;
    for it in &seq[b.start..b.end] {
        match it {
            Item::Op { loc, .. } if !no_line(loc) => return false,
            Item::Op { .. } => any = true,
            Item::Setup(_) => return false,
            Item::Label(_) => {}
        }
    }
    any && last_op(seq, b).is_some_and(|(op, _, _)| is_exit(op))
}

fn count_preds(seq: &[Item], blocks: &mut [Block], label_block: &[usize]) {
    for b in blocks.iter_mut() {
        b.preds = 0;
    }
    for k in 0..blocks.len() {
        if k + 1 < blocks.len() && falls_through(seq, &blocks[k]) {
            blocks[k + 1].preds += 1;
        }
        for it in &seq[blocks[k].start..blocks[k].end] {
            let l = match it {
                Item::Op { target: Some(t), .. } => *t,
                Item::Setup(_) => continue,
                _ => continue,
            };
            if let Some(&t) = label_block.get(l as usize) {
                if t < blocks.len() {
                    blocks[t].preds += 1;
                }
            }
        }
    }
}

/// CPython's line resolution (flowgraph.c's `duplicate_exits_without_lineno`
/// and `propagate_line_numbers`): an exit block without a line that several
/// jumps reach is copied for each jump, so a `return` reports the line it
/// was reached from; then instructions without a line take the line of the
/// instruction before them in their block, and the first instruction of a
/// block with one predecessor the line that predecessor ended on.
fn resolve_lines(mut seq: Vec<Item>, mut nlabels: u32) -> (Vec<Item>, u32) {
    let (mut blocks, mut label_block) = blocks_of(&seq, nlabels);
    count_preds(&seq, &mut blocks, &label_block);
    // copies of exits reached by several jumps, inserted after the original
    let mut inserts: Vec<(usize, Vec<Item>)> = Vec::new();
    for k in 0..blocks.len() {
        let Some((_, Some(t), jloc)) = last_op(&seq, &blocks[k]) else { continue };
        let tb = label_block[t as usize];
        if tb >= blocks.len() || blocks[tb].preds <= 1 || !exit_without_line(&seq, &blocks[tb]) {
            continue;
        }
        let new = nlabels;
        nlabels += 1;
        let mut copy = vec![Item::Label(new)];
        let mut first = true;
        for it in &seq[blocks[tb].start..blocks[tb].end] {
            if let Item::Op { op, arg, target, loc, handler } = it {
                let loc = if first { jloc } else { *loc };
                first = false;
                copy.push(Item::Op { op: *op, arg: *arg, target: *target, loc, handler: *handler });
            }
        }
        // retarget the jump
        for it in seq[blocks[k].start..blocks[k].end].iter_mut().rev() {
            if let Item::Op { target: Some(tt), .. } = it {
                *tt = new;
                break;
            }
        }
        blocks[tb].preds -= 1;
        inserts.push((blocks[tb].end, copy));
    }
    if !inserts.is_empty() {
        inserts.sort_by_key(|(at, _)| *at);
        let mut out = Vec::with_capacity(seq.len() + inserts.len() * 2);
        let mut next = inserts.into_iter().peekable();
        for (i, it) in seq.into_iter().enumerate() {
            while let Some((_, c)) = next.next_if(|(at, _)| *at == i) {
                out.extend(c);
            }
            out.push(it);
        }
        for (_, c) in next {
            out.extend(c);
        }
        seq = out;
        (blocks, label_block) = blocks_of(&seq, nlabels);
        count_preds(&seq, &mut blocks, &label_block);
    }
    // an exit without a line reached only by falling into it: the line of
    // the instruction before it
    for k in 0..blocks.len().saturating_sub(1) {
        if falls_through(&seq, &blocks[k]) && exit_without_line(&seq, &blocks[k + 1]) {
            if let Some((_, _, loc)) = last_op(&seq, &blocks[k]) {
                set_first_loc(&mut seq, &blocks[k + 1], loc, false);
            }
        }
    }
    for k in 0..blocks.len() {
        let mut prev = Loc::default();
        for it in &mut seq[blocks[k].start..blocks[k].end] {
            if let Item::Op { loc, .. } = it {
                if no_line(loc) {
                    *loc = prev;
                } else {
                    prev = *loc;
                }
            }
        }
        if k + 1 < blocks.len() && falls_through(&seq, &blocks[k]) && blocks[k + 1].preds == 1 {
            set_first_loc(&mut seq, &blocks[k + 1], prev, true);
        }
        if let Some((_, Some(t), _)) = last_op(&seq, &blocks[k]) {
            let tb = label_block[t as usize];
            if tb < blocks.len() && blocks[tb].preds == 1 {
                set_first_loc(&mut seq, &blocks[tb], prev, true);
            }
        }
    }
    (seq, nlabels)
}

/// Gives the block's first instruction `loc` (`only_if_none`: when it has
/// no line of its own).
fn set_first_loc(seq: &mut [Item], b: &Block, new: Loc, only_if_none: bool) {
    for it in &mut seq[b.start..b.end] {
        if let Item::Op { loc, .. } = it {
            if !only_if_none || no_line(loc) {
                *loc = new;
            }
            return;
        }
    }
}
