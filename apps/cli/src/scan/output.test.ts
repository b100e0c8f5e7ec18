import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError, streamSink } from './output';

/** A stream that takes `room` bytes before it asks writers to wait, and finishes each write when told. */
function slowStream(room: number) {
  const lines: string[] = [];
  const pending: Array<() => void> = [];
  const stream = new Writable({
    highWaterMark: room,
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      pending.push(done);
    },
  });
  const flush = () => {
    for (const done of pending.splice(0)) done();
  };
  return { stream, lines, flush };
}

describe('streamSink', () => {
  it('takes a record without a promise while the stream keeps up, and makes writers wait for drain when it does not', async () => {
    const { stream, lines, flush } = slowStream(64);
    const sink = streamSink(stream, 'the test stream', { end: false });
    expect(sink.write('{"line":1}')).toBeUndefined();
    const waiting = sink.write('x'.repeat(100));
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void waiting?.then(() => {
      drained = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    flush();
    await new Promise((resolve) => setImmediate(resolve));
    flush();
    await waiting;
    expect(drained).toBe(true);
    expect(lines).toEqual(['{"line":1}\n', `${'x'.repeat(100)}\n`]);
  });

  it('fails every write after the stream failed, and a writer waiting for drain too', async () => {
    const { stream } = slowStream(8);
    const sink = streamSink(stream, 'the test stream', { end: false });
    const waiting = sink.write('x'.repeat(20));
    const failure = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    stream.destroy(failure);
    await expect(waiting).rejects.toMatchObject({
      code: 'ENOSPC',
      message: expect.stringContaining('no space left'),
    });
    expect(() => sink.write('{}')).toThrow(OutputError);
  });
});
