//! The static server of the end-to-end tests (`e2e/serve.mjs`), for the
//! stages and benchmarks that drive a browser themselves.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{fail, root};

/// The static server of the end-to-end tests, stopped when dropped.
pub struct Server(Child);

impl Server {
    pub fn start(port: u16) -> Server {
        let child = Command::new("node")
            .arg(root().join("e2e/serve.mjs"))
            .env("VERSUS_PORT", port.to_string())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| fail(&format!("cannot start the static server: {e}")));
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if started.elapsed() > Duration::from_secs(10) {
                fail("the static server did not start");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Server(child)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
