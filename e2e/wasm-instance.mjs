// Shared by the soak test and the benchmark: keeps the wasm instance the
// glue creates as `window.versusInstance`, so a page script can read the
// wasm's memory from the JS side.
export const keepWasmInstance = (page) =>
  page.addInitScript(() => {
    const instantiate = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const result = await instantiate(...args);
      window.versusInstance = result.instance;
      return result;
    };
  });
