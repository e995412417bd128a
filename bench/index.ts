// Benchmarks print figures; they never assert. Later issues add the throughput and cache runs.
console.log("no benchmarks yet");
