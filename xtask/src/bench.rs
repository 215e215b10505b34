//! `cargo xtask bench`: benchmarks of the real release build.

use crate::{dist, run, setup, size, Task};

pub fn all() {
    setup::ensure(setup::Needs::Build);
    dist::build();
    println!("\n== Size (dist/, release build)");
    let (files, total) = size::widget();
    print!("{}", size::table(&files, &total));

    println!("\n== Engine (criterion: one full recompute)");
    run(
        Task::new("cargo").args(["bench", "-p", "versus-core", "--bench", "engine"]),
        "the engine benchmark failed",
    );
}
