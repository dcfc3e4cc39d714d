// Imported first by the entry point. With --stdio, stdout carries the protocol, so anything a
// library prints with console.log (citation-js warns that way, some of it at load time) would
// corrupt the stream. Until the connection installs its own console, send all of it to stderr.
import { format } from 'node:util';

function toStderr(...args: unknown[]): void {
  try {
    process.stderr.write(format(...args) + '\n');
  } catch {
    // Nowhere left to report to; dropping a log line is better than crashing.
  }
}

console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;
console.trace = toStderr;
console.dir = (item: unknown) => toStderr(item);
console.table = (data: unknown) => toStderr(data);
