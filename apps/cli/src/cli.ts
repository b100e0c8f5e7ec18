import { EXIT } from './errors';
import { processIo } from './io';
import { run } from './main';

// `mailports ports | head -1`: a closed pipe is the reader's choice, not an error worth a stack trace.
// Any other write failure (`> /dev/full`, a disk that fills up) means the result is lost: one line on
// stderr and the internal-error code, never a stack trace nor a code that reads as a probe outcome.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`error: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(EXIT.internal);
});

// The only place that ends the process: commands return exit codes, so they stay testable.
const io = processIo();
const code = await run(process.argv.slice(2), io);
// Let piped output drain before exiting, so `mailports … | head` and redirections get every byte.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
