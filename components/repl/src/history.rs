//! The history file: reedline's `FileBackedHistory`, except that console
//! commands (`exit`, `help`…) are not recorded, as in CPython's console, and
//! a statement is recorded without the indentation the editor put on the
//! empty line that ended it.

use crate::input::{detect_command, strip_final_indent};
use reedline::{FileBackedHistory, History, HistoryItem, HistoryItemId, HistorySessionId, Result, SearchQuery};
use std::path::PathBuf;

/// How many entries the history keeps.
pub const CAPACITY: usize = 10_000;

pub struct PyHistory {
    inner: FileBackedHistory,
}

impl PyHistory {
    /// History kept in `path`, or in memory only when `path` is `None` or
    /// cannot be used.
    pub fn open(path: Option<PathBuf>) -> Option<PyHistory> {
        let inner = path
            .and_then(|p| FileBackedHistory::with_file(CAPACITY, p).ok())
            .or_else(|| FileBackedHistory::new(CAPACITY).ok())?;
        Some(PyHistory { inner })
    }
}

impl History for PyHistory {
    fn save(&mut self, mut h: HistoryItem) -> Result<HistoryItem> {
        if h.id.is_none() && detect_command(&h.command_line).is_some() {
            return Ok(h);
        }
        let trimmed = strip_final_indent(&h.command_line);
        if trimmed.len() != h.command_line.len() {
            h.command_line.truncate(trimmed.len());
        }
        self.inner.save(h)
    }

    fn load(&self, id: HistoryItemId) -> Result<HistoryItem> {
        self.inner.load(id)
    }

    fn count(&self, query: SearchQuery) -> Result<i64> {
        self.inner.count(query)
    }

    fn search(&self, query: SearchQuery) -> Result<Vec<HistoryItem>> {
        self.inner.search(query)
    }

    fn update(&mut self, id: HistoryItemId, updater: &dyn Fn(HistoryItem) -> HistoryItem) -> Result<()> {
        self.inner.update(id, updater)
    }

    fn clear(&mut self) -> Result<()> {
        self.inner.clear()
    }

    fn delete(&mut self, h: HistoryItemId) -> Result<()> {
        self.inner.delete(h)
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.inner.sync()
    }

    fn session(&self) -> Option<HistorySessionId> {
        self.inner.session()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reedline::SearchDirection;

    #[test]
    fn commands_are_not_recorded_and_final_indent_is_dropped() {
        let mut h = PyHistory::open(None).unwrap();
        for line in ["x = 1", "exit", "  help ", "def f():\n    return 1\n    ", "clear"] {
            h.save(HistoryItem::from_command_line(line)).unwrap();
        }
        let all = h.search(SearchQuery::everything(SearchDirection::Forward, None)).unwrap();
        let lines: Vec<&str> = all.iter().map(|i| i.command_line.as_str()).collect();
        assert_eq!(lines, ["x = 1", "def f():\n    return 1\n"]);
    }

    #[test]
    fn file_round_trip() {
        let dir = std::env::temp_dir().join(format!("pyk-repl-history-{}", std::process::id()));
        let path = dir.join("hist");
        {
            let mut h = PyHistory::open(Some(path.clone())).unwrap();
            h.save(HistoryItem::from_command_line("if x:\n    y\n")).unwrap();
            h.sync().unwrap();
        }
        let h = PyHistory::open(Some(path)).unwrap();
        let all = h.search(SearchQuery::everything(SearchDirection::Forward, None)).unwrap();
        assert_eq!(all.last().map(|i| i.command_line.as_str()), Some("if x:\n    y\n"));
        let _ = std::fs::remove_dir_all(dir);
    }
}
