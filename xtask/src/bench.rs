//! `cargo xtask bench`: benchmarks of the real release build.

use crate::{dist, run, setup, size, Task};

pub fn all() {
    setup::ensure(setup::Needs::Build);
    dist::build();
    dist::build_reader();
    println!("\n== Size (dist/, release build)");
    let (files, total) = size::widget();
    print!("{}", size::table(&files, &total));
    println!("\n== Size (target/dist-reader/, release build with the reader experience)");
    let (files, total) = size::widget_in(&dist::reader_dir());
    print!("{}", size::table(&files, &total));

    println!("\n== Engine (criterion: one full recompute)");
    run(
        Task::new("cargo").args(["bench", "-p", "versus-core", "--bench", "engine"]),
        "the engine benchmark failed",
    );
}
