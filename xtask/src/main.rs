//! Developer tasks for Versus.
//!
//! - `cargo xtask serve`: install what is missing, build, serve the demo on 127.0.0.1:8080
//! - `cargo xtask test`: install what is missing, run every test stage in order
//! - `cargo xtask dist`: the release files an author uploads, in `dist/`
//! - `cargo xtask bench`: build for release and print the benchmark tables
//! - `cargo xtask size`: the size table of what `dist/` holds now (no build)

mod author;
mod bench;
mod dist;
mod server;
mod setup;
mod shorten;
mod size;
mod test;
mod wasm;
mod weight;

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::{exit, Command};

fn main() {
    let task = std::env::args().nth(1).unwrap_or_default();
    std::env::set_current_dir(root())
        .unwrap_or_else(|e| fail(&format!("cannot enter the repository: {e}")));
    match task.as_str() {
        "serve" => {
            setup::ensure(setup::Needs::Build);
            println!("serve: http://127.0.0.1:8080 (Ctrl-C stops)");
            run(Task::new("trunk").arg("serve"), "trunk serve failed");
        }
        "test" => test::all(),
        "dist" => {
            setup::ensure(setup::Needs::Build);
            dist::build().unwrap_or_else(|e| fail(&e));
        }
        "bench" => bench::all(),
        "size" => {
            if !size::check_budget() {
                exit(1);
            }
        }
        "weight" => {
            setup::ensure(setup::Needs::Build);
            dist::build().unwrap_or_else(|e| fail(&e));
            let weights = weight::of_release_build().unwrap_or_else(|e| fail(&e));
            print!("{}", weight::table(&weights));
        }
        _ => {
            eprintln!("usage: cargo xtask <serve|test|dist|bench|size|weight>");
            exit(2);
        }
    }
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), PathBuf::from)
}

/// Stops with a message on stderr.
pub fn fail(message: &str) -> ! {
    eprintln!("xtask: {message}");
    exit(1)
}

/// A command with the project's tools first on `PATH`.
pub struct Task(Command);

impl Task {
    pub fn new(program: &str) -> Task {
        let mut command = Command::new(program);
        let mut paths = vec![root().join("node_modules/.bin")];
        if let Some(home) = std::env::var_os("HOME") {
            paths.push(PathBuf::from(home).join(".cargo/bin"));
        }
        if let Some(path) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&path));
        }
        if let Ok(joined) = std::env::join_paths(paths) {
            command.env("PATH", joined);
        }
        command.current_dir(root());
        Task(command)
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Task {
        self.0.arg(arg);
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> Task {
        self.0.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Task {
        self.0.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Task {
        self.0.env_remove(key);
        self
    }

    /// Runs to completion; true on exit status 0.
    pub fn status(mut self) -> bool {
        match self.0.status() {
            Ok(status) => status.success(),
            Err(e) => {
                eprintln!("xtask: cannot start {:?}: {e}", self.0.get_program());
                false
            }
        }
    }

    /// Runs to completion and returns stdout, or `None` on failure.
    pub fn output(mut self) -> Option<String> {
        let out = self.0.output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

/// Runs a task; on failure stops with `hint`, which says what to do.
pub fn run(task: Task, hint: &str) {
    if !task.status() {
        fail(hint);
    }
}
